package org.schoolstats.registry;

/** {@code ownership} in the registry (section 1.1). */
public enum Ownership {
	PUBLIC, PRIVATE
}
