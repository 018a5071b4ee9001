package org.schoolstats.indicator;

/** The checks of {@code findings.csv}, in the order rows of one school are listed (section 3.3). */
public enum Check {

	MISSING_ENROLLMENT, MISSING_TRAINING, MISSING_INSPECTION, TRAINED_EXCEEDS_STAFF, LARGE_CLASSES, OVERSIZED_CLASSES,

	/** Compared with an earlier publication only (section 5), as are the three below. */
	STUDENTS_CHANGED,

	TEACHERS_CHANGED,

	NEW_IN_REGISTRY,

	LEFT_REGISTRY

}
