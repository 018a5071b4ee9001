package org.schoolstats.registry;

import java.util.List;

import org.schoolstats.csv.Labelled;

/** {@code ownership} in the registry, with its Chinese labels (sections 1 and 1.1). */
public enum Ownership implements Labelled {

	PUBLIC("公办"),

	PRIVATE("民办");

	private final List<String> labels;

	Ownership(String... labels) {
		this.labels = List.of(labels);
	}

	@Override
	public List<String> labels() {
		return this.labels;
	}

}
