package org.schoolstats.submission;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The three kinds of return a school sends, in processing order, with their columns in contract order and their
 * natural keys (sections 1.2 to 1.4).
 */
public enum Category {

	ENROLLMENT("enrollment", EnrollmentRow::of, new String[] { "school_code", "stage" },
			List.of(Column.schoolCode(), Column.code("stage", Stage.class),
			Column.count("classes"), Column.count("students_male"), Column.count("students_female"),
			Column.count("new_entrants"), Column.count("graduates"), Column.count("dropouts"),
			Column.count("students_with_disabilities"), Column.count("migrant_children"),
			Column.count("full_time_teachers")), "school_code", "stage"),

	TEACHER_TRAINING("teacher_training", TrainingRow::of, new String[] { "teacher_id" },
			List.of(Column.schoolCode(), Column.text("teacher_id"),
			Column.text("program_code"), Column.optionalText("program_name"),
			Column.code("program_level", ProgramLevel.class), Column.date("start_date"), Column.date("end_date"),
			Column.hours("hours"), Column.code("result", TrainingResult.class)), "school_code", "teacher_id",
			"program_code", "start_date"),

	SAFETY_INSPECTIONS("safety_inspections", InspectionRow::of, new String[] { "school_code", "inspection_id" },
			List.of(Column.schoolCode(),
			Column.text("inspection_id"), Column.date("inspection_date"),
			Column.code("category", InspectionCategory.class), Column.count("hazards_found"),
			Column.count("hazards_rectified"), Column.count("major_hazards"), Column.optionalText("inspector")),
			"school_code", "inspection_id");

	private final String folder;

	private final Function<String[], SubmittedRow> rows;

	private final List<Column> columns;

	private final List<String> names;

	private final Set<String> optional;

	private final int[] key;

	private final int[] bucketKey;

	Category(String folder, Function<String[], SubmittedRow> rows, String[] bucketKey, List<Column> columns,
			String... key) {
		this.folder = folder;
		this.rows = rows;
		this.columns = columns;
		this.names = columns.stream().map(Column::name).toList();
		this.optional = columns.stream().filter((c) -> !c.required()).map(Column::name).collect(Collectors.toSet());
		this.key = java.util.Arrays.stream(key).mapToInt(this.names::indexOf).toArray();
		this.bucketKey = java.util.Arrays.stream(bucketKey).mapToInt(this.names::indexOf).toArray();
	}

	/** The folder under the input directory, and the name used in outputs. */
	public String folder() {
		return this.folder;
	}

	public List<Column> columns() {
		return this.columns;
	}

	public List<String> columnNames() {
		return this.names;
	}

	public Set<String> optionalColumns() {
		return this.optional;
	}

	/** Positions (in contract column order) of the natural key. */
	public int[] key() {
		return this.key;
	}

	/**
	 * Positions of the columns that choose a staged row's bucket: part of the natural key, so that records with one
	 * key meet in one bucket. A training's bucket goes by teacher alone, so that all of a teacher's rows meet too,
	 * and distinct teachers can be counted bucket by bucket.
	 */
	public int[] bucketKey() {
		return this.bucketKey;
	}

	/** The typed row of values that passed the value rules (trimmed, codes as their code, in column order). */
	public SubmittedRow row(String[] values) {
		return this.rows.apply(values);
	}

	public static Category ofFolder(String folder) {
		for (Category category : values()) {
			if (category.folder.equals(folder)) {
				return category;
			}
		}
		throw new IllegalArgumentException("No category " + folder);
	}

}
