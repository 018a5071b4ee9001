package org.schoolstats.registry;

/** {@code locality} in the registry (section 1.1). */
public enum Locality {
	URBAN, RURAL
}
