/**
 * Publishing (contract section 3): every output is written into a staging directory next to the published one,
 * {@code manifest.json} last, and the staging directory then replaces the published one as a whole, so that a
 * reader never sees a half-written file or a mix of two runs, and a failed run leaves the last publication alone.
 */
package org.schoolstats.publish;
