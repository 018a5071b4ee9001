package org.schoolstats.indicator;

import java.util.List;

import org.schoolstats.csv.Cells;
import org.schoolstats.registry.County;
import org.schoolstats.submission.ProgramLevel;
import org.schoolstats.submission.Stage;

/**
 * One row of {@code county_indicators.csv} (section 3.1). Counts are plain integers; ratios and percentages are the
 * printed cells (one decimal, or empty when the denominator is 0), so the summaries quote exactly the table.
 */
public record CountyIndicators(String countyCode, String countyName, long schoolsRegistered, long schoolsComplete,
		String submissionCompletenessPct, long studentsTotal, String studentsFemalePct, long[] studentsByStage,
		long classes, String avgClassSize, long newEntrants, long graduates, long dropouts, String dropoutRatePct,
		long studentsWithDisabilities, long migrantChildren, long fullTimeTeachers, String studentTeacherRatio,
		long trainingRecords, long teachersTrained, String teachersTrainedPct, String trainingHours,
		String trainingHoursPerTeacher, long[] trainingByLevel, long inspections, long schoolsInspected,
		String inspectionCoveragePct, long hazardsFound, long hazardsRectified, long majorHazards,
		String hazardRectificationPct, long hazardsOpen, long rowsRejected, boolean anyAcceptedRows) {

	public static final List<String> HEADER = List.of("county_code", "county_name", "schools_registered",
			"schools_complete", "submission_completeness_pct", "students_total", "students_female_pct",
			"students_preschool", "students_primary", "students_junior", "students_senior", "students_vocational",
			"classes", "avg_class_size", "new_entrants", "graduates", "dropouts", "dropout_rate_pct",
			"students_with_disabilities", "migrant_children", "full_time_teachers", "student_teacher_ratio",
			"training_records", "teachers_trained", "teachers_trained_pct", "training_hours",
			"training_hours_per_teacher", "training_national", "training_provincial", "training_municipal",
			"training_county", "training_school", "inspections", "schools_inspected", "inspection_coverage_pct",
			"hazards_found", "hazards_rectified", "major_hazards", "hazard_rectification_pct", "hazards_open",
			"rows_rejected");

	/** Computes a county's row from the totals of its registry schools. */
	public static CountyIndicators of(County county, List<SchoolTotals> schools, long teachersTrained) {
		long complete = 0;
		long female = 0;
		long[] byStage = new long[Stage.values().length];
		long classes = 0;
		long newEntrants = 0;
		long graduates = 0;
		long dropouts = 0;
		long disabled = 0;
		long migrant = 0;
		long teachers = 0;
		long trainings = 0;
		long hundredths = 0;
		long[] byLevel = new long[ProgramLevel.values().length];
		long inspections = 0;
		long inspected = 0;
		long found = 0;
		long rectified = 0;
		long major = 0;
		long rejected = 0;
		boolean any = false;
		for (SchoolTotals school : schools) {
			complete += school.isComplete() ? 1 : 0;
			female += school.studentsFemale;
			for (int s = 0; s < byStage.length; s++) {
				byStage[s] += school.studentsByStage[s];
			}
			classes += school.classes;
			newEntrants += school.newEntrants;
			graduates += school.graduates;
			dropouts += school.dropouts;
			disabled += school.studentsWithDisabilities;
			migrant += school.migrantChildren;
			teachers += school.fullTimeTeachers;
			trainings += school.completedTrainings;
			hundredths += school.completedHoursHundredths;
			for (int l = 0; l < byLevel.length; l++) {
				byLevel[l] += school.completedByLevel[l];
			}
			inspections += school.inspections;
			inspected += school.inspections > 0 ? 1 : 0;
			found += school.hazardsFound;
			rectified += school.hazardsRectified;
			major += school.majorHazards;
			rejected += school.rowsRejected;
			any |= school.hasAcceptedRows();
		}
		long students = 0;
		for (long atStage : byStage) {
			students += atStage;
		}
		long registered = schools.size();
		return new CountyIndicators(county.code(), county.name(), registered, complete,
				Figures.percent(complete, registered), students, Figures.percent(female, students), byStage, classes,
				Figures.ratio(students, classes), newEntrants, graduates, dropouts,
				Figures.percent(dropouts, students + dropouts), disabled, migrant, teachers,
				Figures.ratio(students, teachers), trainings, teachersTrained, Figures.percent(teachersTrained, teachers),
				Figures.hours(hundredths), Figures.hoursPer(hundredths, teachers), byLevel, inspections, inspected,
				Figures.percent(inspected, registered), found, rectified, major, Figures.percent(rectified, found),
				found - rectified, rejected, any);
	}

	/** The row as printed, in the order of {@link #HEADER}. */
	public String[] cells() {
		return new String[] { this.countyCode, Cells.protect(this.countyName), n(this.schoolsRegistered),
				n(this.schoolsComplete), this.submissionCompletenessPct, n(this.studentsTotal), this.studentsFemalePct,
				n(this.studentsByStage[0]), n(this.studentsByStage[1]), n(this.studentsByStage[2]),
				n(this.studentsByStage[3]), n(this.studentsByStage[4]), n(this.classes), this.avgClassSize,
				n(this.newEntrants), n(this.graduates), n(this.dropouts), this.dropoutRatePct,
				n(this.studentsWithDisabilities), n(this.migrantChildren), n(this.fullTimeTeachers),
				this.studentTeacherRatio, n(this.trainingRecords), n(this.teachersTrained), this.teachersTrainedPct,
				this.trainingHours, this.trainingHoursPerTeacher, n(this.trainingByLevel[0]),
				n(this.trainingByLevel[1]), n(this.trainingByLevel[2]), n(this.trainingByLevel[3]),
				n(this.trainingByLevel[4]), n(this.inspections), n(this.schoolsInspected), this.inspectionCoveragePct,
				n(this.hazardsFound), n(this.hazardsRectified), n(this.majorHazards), this.hazardRectificationPct,
				n(this.hazardsOpen), n(this.rowsRejected) };
	}

	/** The printed cell of a column of {@link #HEADER}. */
	public String cell(String column) {
		int index = HEADER.indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException("No column " + column);
		}
		return cells()[index];
	}

	/** Schools that did not submit all three returns. */
	public long schoolsIncomplete() {
		return this.schoolsRegistered - this.schoolsComplete;
	}

	private static String n(long count) {
		return Long.toString(count);
	}

}
