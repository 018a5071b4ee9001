package org.schoolstats.submission;

import java.util.List;

import org.schoolstats.csv.Labelled;

/** {@code program_level} of a training row, with its Chinese labels (sections 1 and 1.3). */
public enum ProgramLevel implements Labelled {

	NATIONAL("国家级"),

	PROVINCIAL("省级"),

	MUNICIPAL("市级"),

	COUNTY("县级", "区级"),

	SCHOOL("校级", "校本");

	private final List<String> labels;

	ProgramLevel(String... labels) {
		this.labels = List.of(labels);
	}

	@Override
	public List<String> labels() {
		return this.labels;
	}

}
