package org.schoolstats.work;

/** The work area of a run is missing or damaged, so the run cannot resume; starting afresh helps. */
public class WorkAreaException extends IllegalStateException implements PlainFailure {

	public WorkAreaException(String message) {
		super(message);
	}

}
