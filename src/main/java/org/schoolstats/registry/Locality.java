package org.schoolstats.registry;

import java.util.List;

import org.schoolstats.csv.Labelled;

/** {@code locality} in the registry, with its Chinese labels (sections 1 and 1.1). */
public enum Locality implements Labelled {

	URBAN("城镇", "城区"),

	RURAL("农村", "乡村");

	private final List<String> labels;

	Locality(String... labels) {
		this.labels = List.of(labels);
	}

	@Override
	public List<String> labels() {
		return this.labels;
	}

}
