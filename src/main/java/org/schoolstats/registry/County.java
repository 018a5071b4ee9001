package org.schoolstats.registry;

/** A county of the registry: the code and the one name it always carries (section 1.1). */
public record County(String code, String name) {
}
