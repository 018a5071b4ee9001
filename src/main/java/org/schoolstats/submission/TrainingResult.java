package org.schoolstats.submission;

import java.util.List;

import org.schoolstats.csv.Labelled;

/** {@code result} of a training row, with its Chinese labels (sections 1 and 1.3). */
public enum TrainingResult implements Labelled {

	COMPLETED("已完成", "合格"),

	IN_PROGRESS("进行中"),

	NOT_COMPLETED("未完成", "不合格");

	private final List<String> labels;

	TrainingResult(String... labels) {
		this.labels = List.of(labels);
	}

	@Override
	public List<String> labels() {
		return this.labels;
	}

}
