package org.schoolstats.submission;

import java.util.List;

import org.schoolstats.csv.Labelled;

/** {@code stage} of an enrollment row, in the order of the indicator columns, with its Chinese labels (sections 1 and 1.2). */
public enum Stage implements Labelled {

	PRESCHOOL("学前", "学前教育", "幼儿园"),

	PRIMARY("小学"),

	JUNIOR("初中"),

	SENIOR("高中", "普通高中"),

	VOCATIONAL("中职", "中等职业教育");

	private final List<String> labels;

	Stage(String... labels) {
		this.labels = List.of(labels);
	}

	@Override
	public List<String> labels() {
		return this.labels;
	}

}
