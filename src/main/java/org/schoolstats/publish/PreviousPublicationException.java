package org.schoolstats.publish;

import org.schoolstats.work.PlainFailure;

/** The earlier publication to compare with is not whole (section 5); the message says which file and what to do. */
public class PreviousPublicationException extends RuntimeException implements PlainFailure {

	public PreviousPublicationException(String message) {
		super(message);
	}

	public PreviousPublicationException(String message, Throwable cause) {
		super(message, cause);
	}

}
