package org.schoolstats.registry;

/** One row of {@code schools.csv}, trimmed (section 1.1). */
public record School(String code, String name, String countyCode, String countyName, SchoolType type,
		Locality locality, Ownership ownership) {
}
