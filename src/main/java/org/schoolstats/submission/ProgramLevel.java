package org.schoolstats.submission;

/** {@code program_level} of a training row (section 1.3). */
public enum ProgramLevel {
	NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, SCHOOL
}
