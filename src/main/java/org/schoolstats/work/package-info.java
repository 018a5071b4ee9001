/**
 * Plumbing every part uses and that uses no part: the work area where a step leaves what the next one needs (so that
 * a resumed run finds it), and the mark of a failure whose message is already the sentence a user needs.
 */
package org.schoolstats.work;
