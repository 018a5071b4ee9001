package org.schoolstats.registry;

/** {@code school_type} in the registry (section 1.1). */
public enum SchoolType {
	KINDERGARTEN, PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY, VOCATIONAL, COMBINED
}
