package org.schoolstats.submission;

import org.schoolstats.csv.Codes;

/** One enrollment row: a school's figures for one stage (section 1.2). */
public record EnrollmentRow(String schoolCode, Stage stage, long classes, long studentsMale, long studentsFemale,
		long newEntrants, long graduates, long dropouts, long studentsWithDisabilities, long migrantChildren,
		long fullTimeTeachers) implements SubmittedRow {

	/** At least this many students per class on average is a large class, 大班额 (section 3.3). */
	public static final long LARGE_CLASS = 56;

	/** At least this many students per class on average is an oversized class, 超大班额 (section 3.3). */
	public static final long OVERSIZED_CLASS = 66;

	/** How crowded the classes of a row are on average (section 3.3). */
	public enum ClassSize {

		/** Under 56 per class, or no classes. */
		NORMAL,

		/** At least 56 and under 66 per class: 大班额. */
		LARGE,

		/** 66 or more per class: 超大班额. */
		OVERSIZED

	}

	static EnrollmentRow of(String[] v) {
		return new EnrollmentRow(v[0], Codes.parse(Stage.class, v[1]), n(v[2]), n(v[3]), n(v[4]), n(v[5]), n(v[6]),
				n(v[7]), n(v[8]), n(v[9]), n(v[10]));
	}

	private static long n(String value) {
		return ValueRules.count(value);
	}

	public long students() {
		return this.studentsMale + this.studentsFemale;
	}

	@Override
	public String outOfPeriod(Period period) {
		return null;
	}

	@Override
	public String inconsistency() {
		if (!newEntrantsWithinStudents()) {
			return "new_entrants " + this.newEntrants + " exceed the " + students() + " students";
		}
		if (!disabledWithinStudents()) {
			return "students_with_disabilities " + this.studentsWithDisabilities + " exceed the " + students()
					+ " students";
		}
		if (!migrantWithinStudents()) {
			return "migrant_children " + this.migrantChildren + " exceed the " + students() + " students";
		}
		if (!classesWhenStudents()) {
			return "classes is 0 although there are " + students() + " students";
		}
		return null;
	}

	boolean newEntrantsWithinStudents() {
		return this.newEntrants <= students();
	}

	boolean disabledWithinStudents() {
		return this.studentsWithDisabilities <= students();
	}

	boolean migrantWithinStudents() {
		return this.migrantChildren <= students();
	}

	boolean classesWhenStudents() {
		return students() == 0 || this.classes > 0;
	}

	/** The row's class-size band, computed without division: 56 × classes ≤ students < 66 × classes is large. */
	public ClassSize classSize() {
		if (this.classes == 0) {
			return ClassSize.NORMAL;
		}
		long students = students();
		if (students >= OVERSIZED_CLASS * this.classes) {
			return ClassSize.OVERSIZED;
		}
		return students >= LARGE_CLASS * this.classes ? ClassSize.LARGE : ClassSize.NORMAL;
	}

}
