package org.schoolstats.submission;

/** {@code stage} of an enrollment row, in the order of the indicator columns (section 1.2). */
public enum Stage {
	PRESCHOOL, PRIMARY, JUNIOR, SENIOR, VOCATIONAL
}
