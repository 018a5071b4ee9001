package org.schoolstats.indicator;

import java.time.LocalDate;

import org.schoolstats.registry.County;
import org.schoolstats.registry.Locality;
import org.schoolstats.registry.Ownership;
import org.schoolstats.registry.School;
import org.schoolstats.registry.SchoolType;
import org.schoolstats.submission.EnrollmentRow;
import org.schoolstats.submission.InspectionCategory;
import org.schoolstats.submission.InspectionRow;
import org.schoolstats.submission.ProgramLevel;
import org.schoolstats.submission.Stage;
import org.schoolstats.submission.TrainingResult;
import org.schoolstats.submission.TrainingRow;

/** Registry schools and accepted rows for the indicator tests, built without a job. */
final class SchoolFixtures {

	private SchoolFixtures() {
	}

	static School school(String code, County county) {
		return new School(code, "School " + code, county.code(), county.name(), SchoolType.PRIMARY, Locality.URBAN,
				Ownership.PUBLIC);
	}

	static SchoolTotals totals(String code, County county) {
		return new SchoolTotals(school(code, county));
	}

	/** An enrollment row: classes, students male and female, new entrants, graduates, dropouts, disabled, migrant, teachers. */
	static EnrollmentRow enrollment(String school, Stage stage, long classes, long male, long female, long newEntrants,
			long graduates, long dropouts, long disabled, long migrant, long teachers) {
		return new EnrollmentRow(school, stage, classes, male, female, newEntrants, graduates, dropouts, disabled,
				migrant, teachers);
	}

	/** An enrollment row where only classes, students and teachers matter. */
	static EnrollmentRow enrollment(String school, Stage stage, long classes, long male, long female, long teachers) {
		return enrollment(school, stage, classes, male, female, 0, 0, 0, 0, 0, teachers);
	}

	static TrainingRow training(String school, String teacher, String program, ProgramLevel level,
			long hoursHundredths, TrainingResult result) {
		return new TrainingRow(school, teacher, program, "Programme " + program, level, LocalDate.of(2024, 3, 1),
				LocalDate.of(2024, 3, 2), hoursHundredths, result);
	}

	static InspectionRow inspection(String school, String id, long found, long rectified, long major) {
		return new InspectionRow(school, id, LocalDate.of(2024, 4, 1), InspectionCategory.FIRE, found, rectified,
				major, "Li");
	}

}
