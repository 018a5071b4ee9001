package org.schoolstats.indicator;

/** The checks of {@code findings.csv}, in the order rows of one school are listed (section 3.3). */
public enum Check {
	MISSING_ENROLLMENT, MISSING_TRAINING, MISSING_INSPECTION, TRAINED_EXCEEDS_STAFF, OVERSIZED_CLASSES
}
