package org.schoolstats.indicator;

import java.util.List;

/**
 * One row of {@code school_indicators.csv} (section 3.7): a registry school's own figures, defined as the county
 * columns of the same name. A category's figures are empty when the school has no accepted row of it (not
 * reported), which is not the same as {@code 0} (reported as zero).
 */
public final class SchoolIndicators {

	public static final List<String> HEADER = List.of("school_code", "county_code", "students_total", "classes",
			"full_time_teachers", "student_teacher_ratio", "new_entrants", "graduates", "dropouts",
			"training_records", "teachers_trained", "training_hours", "inspections", "hazards_found",
			"hazards_rectified", "major_hazards");

	static final int STUDENTS_TOTAL = HEADER.indexOf("students_total");

	static final int FULL_TIME_TEACHERS = HEADER.indexOf("full_time_teachers");

	private SchoolIndicators() {
	}

	/** The school's row as printed, in the order of {@link #HEADER}. */
	public static String[] cells(SchoolTotals school) {
		boolean enrolled = school.enrollmentRows > 0;
		boolean trained = school.trainingRows > 0;
		boolean inspected = school.inspectionRows > 0;
		return new String[] { school.school().code(), school.school().countyCode(),
				count(enrolled, school.students()), count(enrolled, school.classes),
				count(enrolled, school.fullTimeTeachers),
				enrolled ? Figures.ratio(school.students(), school.fullTimeTeachers) : "",
				count(enrolled, school.newEntrants), count(enrolled, school.graduates), count(enrolled, school.dropouts),
				count(trained, school.completedTrainings), count(trained, school.trainedTeachers),
				trained ? Figures.hours(school.completedHoursHundredths) : "", count(inspected, school.inspections),
				count(inspected, school.hazardsFound), count(inspected, school.hazardsRectified),
				count(inspected, school.majorHazards) };
	}

	private static String count(boolean reported, long value) {
		return reported ? Long.toString(value) : "";
	}

}
