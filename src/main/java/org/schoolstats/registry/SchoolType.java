package org.schoolstats.registry;

import java.util.List;

import org.schoolstats.csv.Labelled;

/** {@code school_type} in the registry, with its Chinese labels (sections 1 and 1.1). */
public enum SchoolType implements Labelled {

	KINDERGARTEN("幼儿园"),

	PRIMARY("小学"),

	JUNIOR_SECONDARY("初级中学", "初中"),

	SENIOR_SECONDARY("高级中学", "高中"),

	VOCATIONAL("中等职业学校", "中职"),

	COMBINED("九年一贯制学校", "十二年一贯制学校", "完全中学");

	private final List<String> labels;

	SchoolType(String... labels) {
		this.labels = List.of(labels);
	}

	@Override
	public List<String> labels() {
		return this.labels;
	}

}
