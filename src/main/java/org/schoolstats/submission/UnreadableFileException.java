package org.schoolstats.submission;

/** A file of the inbox was found but cannot be read: the run fails and names it (section 1). */
public class UnreadableFileException extends RuntimeException implements org.schoolstats.work.PlainFailure {

	public UnreadableFileException(String path, String why, Throwable cause) {
		super(path + " cannot be read (" + why + "): make it readable or remove it from the inbox, then run again.",
				cause);
	}

}
