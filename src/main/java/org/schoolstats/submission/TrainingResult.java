package org.schoolstats.submission;

/** {@code result} of a training row (section 1.3). */
public enum TrainingResult {
	COMPLETED, IN_PROGRESS, NOT_COMPLETED
}
