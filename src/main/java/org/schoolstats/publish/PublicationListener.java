package org.schoolstats.publish;

/**
 * Told of the moments of publishing (section 3) that an observer outside the job may care about. The process-level
 * tests stop a run between the two renames of the swap, to show that a resumed run finishes it.
 */
public interface PublicationListener {

	/** The old publication has been moved away and the new one is not yet in its place. */
	void betweenRenames(OutputDirectory output);

}
