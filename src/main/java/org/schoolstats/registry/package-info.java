/**
 * The bureau's registry of schools, {@code schools.csv} (contract section 1.1): loaded and checked first, because
 * every submitted row is checked against it and a bad registry stops the run before anything is published.
 */
package org.schoolstats.registry;
