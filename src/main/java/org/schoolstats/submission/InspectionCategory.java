package org.schoolstats.submission;

import java.util.List;

import org.schoolstats.csv.Labelled;

/** {@code category} of a safety inspection, with its Chinese labels (sections 1 and 1.4). */
public enum InspectionCategory implements Labelled {

	BUILDING("校舍", "校舍安全"),

	FIRE("消防", "消防安全"),

	FOOD("食品", "食品安全", "食品卫生"),

	TRAFFIC("交通", "交通安全"),

	OTHER("其他");

	private final List<String> labels;

	InspectionCategory(String... labels) {
		this.labels = List.of(labels);
	}

	@Override
	public List<String> labels() {
		return this.labels;
	}

}
