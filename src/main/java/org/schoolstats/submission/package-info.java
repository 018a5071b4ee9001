/**
 * Submissions (contract sections 1.2 to 1.5 and the row rules of section 2): finding the files of an inbox in
 * processing order, deciding their encoding, reading their records restartably, and checking every record
 * against the registry and the rules of its category.
 */
package org.schoolstats.submission;
