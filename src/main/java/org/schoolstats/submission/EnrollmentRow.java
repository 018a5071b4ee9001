package org.schoolstats.submission;

import org.schoolstats.csv.Codes;

/** One enrollment row: a school's figures for one stage (section 1.2). */
public record EnrollmentRow(String schoolCode, Stage stage, long classes, long studentsMale, long studentsFemale,
		long newEntrants, long graduates, long dropouts, long studentsWithDisabilities, long migrantChildren,
		long fullTimeTeachers) implements SubmittedRow {

	/** More students per class than this is an oversized class (section 3.3). */
	public static final long MAX_CLASS_SIZE = 66;

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

	/** More than 66 students per class, computed without division: students > 66 × classes. */
	public boolean hasOversizedClasses() {
		return students() > MAX_CLASS_SIZE * this.classes;
	}

}
