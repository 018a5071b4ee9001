package org.schoolstats.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolstats.indicator.SchoolFixtures.enrollment;
import static org.schoolstats.indicator.SchoolFixtures.inspection;
import static org.schoolstats.indicator.SchoolFixtures.totals;
import static org.schoolstats.indicator.SchoolFixtures.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.schoolstats.registry.County;
import org.schoolstats.submission.ProgramLevel;
import org.schoolstats.submission.Stage;
import org.schoolstats.submission.TrainingResult;

/** Contract section 3.1: the columns of county_indicators.csv and how each is computed. */
class CountyIndicatorsTest {

	private static final County NORTH = new County("C1", "North County");

	private static Map<String, String> byColumn(CountyIndicators row) {
		String[] cells = row.cells();
		assertThat(cells).hasSameSizeAs(CountyIndicators.HEADER);
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < cells.length; i++) {
			map.put(CountyIndicators.HEADER.get(i), cells[i]);
		}
		return map;
	}

	@Test
	void headerHasTheFortyOneColumnsOfTheContractInOrder() {
		assertThat(CountyIndicators.HEADER).containsExactly("county_code", "county_name", "schools_registered",
				"schools_complete", "submission_completeness_pct", "students_total", "students_female_pct",
				"students_preschool", "students_primary", "students_junior", "students_senior",
				"students_vocational", "classes", "avg_class_size", "new_entrants", "graduates", "dropouts",
				"dropout_rate_pct", "students_with_disabilities", "migrant_children", "full_time_teachers",
				"student_teacher_ratio", "training_records", "teachers_trained", "teachers_trained_pct",
				"training_hours", "training_hours_per_teacher", "training_national", "training_provincial",
				"training_municipal", "training_county", "training_school", "inspections", "schools_inspected",
				"inspection_coverage_pct", "hazards_found", "hazards_rectified", "major_hazards",
				"hazard_rectification_pct", "hazards_open", "rows_rejected");
		assertThat(CountyIndicators.HEADER).hasSize(41);
	}

	/**
	 * Three schools of one county, computed by hand.
	 * <pre>
	 * S1 enrollment  primary: classes 10, 200 male + 190 female = 390, new 60, graduates 55, dropouts 10,
	 *                         disabled 2, migrant 30, teachers 25
	 *                junior:  classes 4, 100 + 101 = 201, new 70, graduates 0, dropouts 3, disabled 1, migrant 10,
	 *                         teachers 14
	 *    training    T1 P1 county 12 h completed, T1 P2 school 7.5 h completed, T2 P1 county 0.25 h in_progress,
	 *                T3 P4 provincial 3 h not_completed
	 *    inspections I1 found 3 rectified 2 major 0; I2 found 4 rectified 4 major 1
	 *    2 rejected records
	 * S2 enrollment  preschool: classes 3, 40 + 35 = 75, new 75, graduates 20, dropouts 0, disabled 0, migrant 5,
	 *                teachers 6
	 *    training    T9 P3 national 4.25 h completed; no inspection
	 * S3 nothing accepted; 1 rejected record
	 *
	 * schools_registered 3; complete 1 (S1) -> 1/3 = 33.3
	 * students_total 390 + 201 + 75 = 666; female 190 + 101 + 35 = 326 -> 326/666 = 48.948.. -> 48.9
	 * by stage: preschool 75, primary 390, junior 201, senior 0, vocational 0
	 * classes 10 + 4 + 3 = 17 -> avg 666/17 = 39.176.. -> 39.2
	 * new_entrants 205, graduates 75, dropouts 13 -> 13 / (666 + 13) = 1.914.. -> 1.9 (13/666 would be 2.0)
	 * disabled 3, migrant 45, full_time_teachers 25 + 14 + 6 = 45 -> 666/45 = 14.8
	 * training_records 3 (completed rows), teachers_trained 2 (T1, T9) -> 2/45 = 4.444.. -> 4.4
	 * training_hours 12 + 7.5 + 4.25 = 23.75 -> 23.8; per teacher 23.75/45 = 0.527.. -> 0.5
	 * completed by level: national 1, provincial 0, municipal 0, county 1, school 1
	 * inspections 2, schools_inspected 1 -> 1/3 = 33.3
	 * hazards found 7, rectified 6, major 1 -> 6/7 = 85.714.. -> 85.7; open 7 - 6 = 1
	 * rows_rejected 2 + 1 = 3
	 * </pre>
	 */
	@Test
	void everyColumnOfAHandComputedCounty() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(enrollment("S1", Stage.PRIMARY, 10, 200, 190, 60, 55, 10, 2, 30, 25));
		s1.add(enrollment("S1", Stage.JUNIOR, 4, 100, 101, 70, 0, 3, 1, 10, 14));
		s1.add(training("S1", "T1", "P1", ProgramLevel.COUNTY, 1200, TrainingResult.COMPLETED));
		s1.add(training("S1", "T1", "P2", ProgramLevel.SCHOOL, 750, TrainingResult.COMPLETED));
		s1.add(training("S1", "T2", "P1", ProgramLevel.COUNTY, 25, TrainingResult.IN_PROGRESS));
		s1.add(training("S1", "T3", "P4", ProgramLevel.PROVINCIAL, 300, TrainingResult.NOT_COMPLETED));
		s1.add(inspection("S1", "I1", 3, 2, 0));
		s1.add(inspection("S1", "I2", 4, 4, 1));
		s1.rowsRejected = 2;
		SchoolTotals s2 = totals("S2", NORTH);
		s2.add(enrollment("S2", Stage.PRESCHOOL, 3, 40, 35, 75, 20, 0, 0, 5, 6));
		s2.add(training("S2", "T9", "P3", ProgramLevel.NATIONAL, 425, TrainingResult.COMPLETED));
		SchoolTotals s3 = totals("S3", NORTH);
		s3.rowsRejected = 1;

		CountyIndicators row = CountyIndicators.of(NORTH, List.of(s1, s2, s3), 2);

		assertThat(row.cells()).containsExactly("C1", "North County", "3", "1", "33.3", "666", "48.9", "75", "390",
				"201", "0", "0", "17", "39.2", "205", "75", "13", "1.9", "3", "45", "45", "14.8", "3", "2", "4.4",
				"23.8", "0.5", "1", "0", "0", "1", "1", "2", "1", "33.3", "7", "6", "1", "85.7", "1", "3");
	}

	@Test
	void ratiosAndPercentagesAreEmptyForACountyWhoseSchoolsSentNothing() {
		CountyIndicators row = CountyIndicators.of(new County("C2", "South County"),
				List.of(totals("S4", NORTH), totals("S5", NORTH)), 0);

		assertThat(row.cells()).containsExactly("C2", "South County", "2", "0", "0.0", "0", "", "0", "0", "0", "0",
				"0", "0", "", "0", "0", "0", "", "0", "0", "0", "", "0", "0", "", "0.0", "", "0", "0", "0", "0", "0",
				"0", "0", "0.0", "0", "0", "0", "", "0", "0");
		assertThat(row.anyAcceptedRows()).isFalse();
	}

	@Test
	void aCountyWithRowsInOneCategoryOnlyHasAcceptedRows() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(inspection("S1", "I1", 0, 0, 0));

		CountyIndicators row = CountyIndicators.of(NORTH, List.of(s1), 0);

		assertThat(row.anyAcceptedRows()).isTrue();
		assertThat(byColumn(row)).containsEntry("hazard_rectification_pct", "").containsEntry("inspections", "1");
	}

	@Test
	void dropoutRateIsDropoutsOverStudentsPlusDropouts() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(enrollment("S1", Stage.PRIMARY, 4, 50, 45, 0, 0, 5, 0, 0, 6)); // 5 / (95 + 5) = 5.0, not 5/95 = 5.3
		SchoolTotals s2 = totals("S2", NORTH);

		assertThat(byColumn(CountyIndicators.of(NORTH, List.of(s1, s2), 0))).containsEntry("dropout_rate_pct", "5.0");

		SchoolTotals allLeft = totals("S3", NORTH);
		allLeft.add(enrollment("S3", Stage.SENIOR, 0, 0, 0, 0, 0, 7, 0, 0, 2)); // 7 / (0 + 7)
		assertThat(byColumn(CountyIndicators.of(NORTH, List.of(allLeft), 0))).containsEntry("dropout_rate_pct",
				"100.0");
	}

	@Test
	void teachersTrainedPercentageIsOverFullTimeTeachers() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(enrollment("S1", Stage.PRIMARY, 4, 50, 50, 3));
		s1.add(enrollment("S1", Stage.JUNIOR, 2, 30, 20, 5));

		Map<String, String> cells = byColumn(CountyIndicators.of(NORTH, List.of(s1), 6));

		assertThat(cells).containsEntry("teachers_trained", "6").containsEntry("teachers_trained_pct", "75.0");
	}

	@Test
	void teachersTrainedPercentageIsEmptyWithoutFullTimeTeachers() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(training("S1", "T1", "P1", ProgramLevel.COUNTY, 800, TrainingResult.COMPLETED));

		Map<String, String> cells = byColumn(CountyIndicators.of(NORTH, List.of(s1), 1));

		assertThat(cells).containsEntry("teachers_trained", "1")
			.containsEntry("teachers_trained_pct", "")
			.containsEntry("training_hours", "8.0")
			.containsEntry("training_hours_per_teacher", "");
	}

	@Test
	void trainingHoursRoundTheSumOfCompletedHours() {
		// 0.04 + 0.04 = 0.08 -> 0.1; rounding each school first would give 0.0
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(training("S1", "T1", "P1", ProgramLevel.COUNTY, 4, TrainingResult.COMPLETED));
		s1.add(training("S1", "T2", "P1", ProgramLevel.COUNTY, 9_000, TrainingResult.IN_PROGRESS));
		SchoolTotals s2 = totals("S2", NORTH);
		s2.add(training("S2", "T3", "P1", ProgramLevel.COUNTY, 4, TrainingResult.COMPLETED));
		s2.add(training("S2", "T4", "P1", ProgramLevel.COUNTY, 9_000, TrainingResult.NOT_COMPLETED));

		Map<String, String> cells = byColumn(CountyIndicators.of(NORTH, List.of(s1, s2), 2));

		assertThat(cells).containsEntry("training_hours", "0.1").containsEntry("training_records", "2");
	}

	@Test
	void trainingHoursAreRoundedHalfUp() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(training("S1", "T1", "P1", ProgramLevel.COUNTY, 2000, TrainingResult.COMPLETED));
		s1.add(training("S1", "T1", "P2", ProgramLevel.COUNTY, 425, TrainingResult.COMPLETED));

		assertThat(byColumn(CountyIndicators.of(NORTH, List.of(s1), 1))).containsEntry("training_hours", "24.3");
	}

	@Test
	void trainingHoursPerTeacherUseTheUnroundedSum() {
		// 10.49 hours over 10 teachers: 1.049 -> 1.0 (the rounded 10.5 would give 1.05 -> 1.1)
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(enrollment("S1", Stage.PRIMARY, 4, 50, 50, 10));
		s1.add(training("S1", "T1", "P1", ProgramLevel.COUNTY, 1049, TrainingResult.COMPLETED));

		Map<String, String> cells = byColumn(CountyIndicators.of(NORTH, List.of(s1), 1));

		assertThat(cells).containsEntry("training_hours", "10.5").containsEntry("training_hours_per_teacher", "1.0");
	}

	@Test
	void hazardsOpenAreFoundMinusRectified() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(inspection("S1", "I1", 10, 3, 2));
		SchoolTotals s2 = totals("S2", NORTH);
		s2.add(inspection("S2", "I2", 5, 5, 0));

		Map<String, String> cells = byColumn(CountyIndicators.of(NORTH, List.of(s1, s2), 0));

		assertThat(cells).containsEntry("hazards_found", "15")
			.containsEntry("hazards_rectified", "8")
			.containsEntry("hazards_open", "7")
			.containsEntry("major_hazards", "2")
			.containsEntry("hazard_rectification_pct", "53.3")
			.containsEntry("inspections", "2")
			.containsEntry("schools_inspected", "2");
	}

	@Test
	void countyNameThatLooksLikeAFormulaGetsALeadingApostrophe() {
		for (String name : List.of("=SUM(A1)", "+1", "-County", "@home")) {
			CountyIndicators row = CountyIndicators.of(new County("C9", name), List.of(totals("S9", NORTH)), 0);
			assertThat(row.cells()[1]).isEqualTo("'" + name);
		}
		CountyIndicators plain = CountyIndicators.of(new County("C9", "北城县"), List.of(totals("S9", NORTH)), 0);
		assertThat(plain.cells()[1]).isEqualTo("北城县");
	}

	@Test
	void countyCodeIsWrittenExactlyAsInTheRegistry() {
		// registry codes may start with '-'; only names and reject cells are protected against formulas
		CountyIndicators row = CountyIndicators.of(new County("-C1", "North County"), List.of(totals("S9", NORTH)), 0);

		assertThat(row.cells()[0]).isEqualTo("-C1");
	}

	@Test
	void countsArePrintedAsPlainIntegers() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(enrollment("S1", Stage.PRIMARY, 20_000, 600_000_000, 634_567_000, 1_000_000, 0, 0, 0, 0, 50_000));
		s1.add(enrollment("S1", Stage.VOCATIONAL, 10_000, 300_000_000, 300_000_000, 0));

		Map<String, String> cells = byColumn(CountyIndicators.of(NORTH, List.of(s1), 0));

		assertThat(cells).containsEntry("students_total", "1834567000")
			.containsEntry("students_primary", "1234567000")
			.containsEntry("students_vocational", "600000000")
			.containsEntry("classes", "30000")
			.containsEntry("new_entrants", "1000000")
			.containsEntry("full_time_teachers", "50000");
	}

	@Test
	void studentsByStageAreSummedPerStage() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(enrollment("S1", Stage.PRESCHOOL, 1, 1, 0, 1));
		s1.add(enrollment("S1", Stage.PRIMARY, 1, 1, 1, 1));
		s1.add(enrollment("S1", Stage.JUNIOR, 1, 2, 1, 1));
		s1.add(enrollment("S1", Stage.SENIOR, 1, 2, 2, 1));
		s1.add(enrollment("S1", Stage.VOCATIONAL, 1, 3, 2, 1));
		SchoolTotals s2 = totals("S2", NORTH);
		s2.add(enrollment("S2", Stage.VOCATIONAL, 1, 10, 0, 1));

		Map<String, String> cells = byColumn(CountyIndicators.of(NORTH, List.of(s1, s2), 0));

		assertThat(cells).containsEntry("students_preschool", "1")
			.containsEntry("students_primary", "2")
			.containsEntry("students_junior", "3")
			.containsEntry("students_senior", "4")
			.containsEntry("students_vocational", "15")
			.containsEntry("students_total", "25")
			.containsEntry("students_female_pct", "24.0"); // 6 / 25
	}

}
