package org.schoolstats.submission;

/** {@code category} of a safety inspection (section 1.4). */
public enum InspectionCategory {
	BUILDING, FIRE, FOOD, TRAFFIC, OTHER
}
