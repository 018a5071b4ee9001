package org.schoolstats.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolstats.indicator.SchoolFixtures.enrollment;
import static org.schoolstats.indicator.SchoolFixtures.inspection;
import static org.schoolstats.indicator.SchoolFixtures.totals;
import static org.schoolstats.indicator.SchoolFixtures.training;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.schoolstats.registry.County;
import org.schoolstats.submission.ProgramLevel;
import org.schoolstats.submission.Stage;
import org.schoolstats.submission.TrainingResult;

/** Contract section 3.3: the checks of findings.csv, their order and their details. */
class FindingTest {

	private static final County NORTH = new County("C1", "North County");

	/** A school with an accepted row in every category and nothing implausible. */
	private static SchoolTotals complete(String code, County county) {
		SchoolTotals school = totals(code, county);
		school.add(enrollment(code, Stage.PRIMARY, 10, 200, 190, 25));
		school.add(training(code, "T1", "P1", ProgramLevel.COUNTY, 1200, TrainingResult.COMPLETED));
		school.add(inspection(code, "I1", 3, 2, 0));
		school.trainedTeachers = 1;
		return school;
	}

	private static List<Check> checks(SchoolTotals school) {
		return Finding.of(school).stream().map(Finding::check).toList();
	}

	@Test
	void aCompleteSchoolWithPlausibleFiguresHasNoFinding() {
		assertThat(Finding.of(complete("S1", NORTH))).isEmpty();
	}

	@Test
	void missingReturnsAreFoundPerCategory() {
		assertThat(checks(totals("S1", NORTH))).containsExactly(Check.MISSING_ENROLLMENT, Check.MISSING_TRAINING,
				Check.MISSING_INSPECTION);

		SchoolTotals enrollmentOnly = totals("S2", NORTH);
		enrollmentOnly.add(enrollment("S2", Stage.PRIMARY, 10, 200, 190, 25));
		assertThat(checks(enrollmentOnly)).containsExactly(Check.MISSING_TRAINING, Check.MISSING_INSPECTION);

		SchoolTotals trainingOnly = totals("S3", NORTH);
		trainingOnly.add(training("S3", "T1", "P1", ProgramLevel.COUNTY, 100, TrainingResult.NOT_COMPLETED));
		assertThat(checks(trainingOnly)).containsExactly(Check.MISSING_ENROLLMENT, Check.MISSING_INSPECTION);

		SchoolTotals inspectionOnly = totals("S4", NORTH);
		inspectionOnly.add(inspection("S4", "I1", 0, 0, 0));
		assertThat(checks(inspectionOnly)).containsExactly(Check.MISSING_ENROLLMENT, Check.MISSING_TRAINING);
	}

	@Test
	void aTrainingReturnWithNoCompletedRowIsNotMissing() {
		SchoolTotals school = complete("S1", NORTH);
		SchoolTotals inProgress = totals("S2", NORTH);
		inProgress.add(enrollment("S2", Stage.PRIMARY, 10, 200, 190, 25));
		inProgress.add(training("S2", "T1", "P1", ProgramLevel.COUNTY, 100, TrainingResult.IN_PROGRESS));
		inProgress.add(inspection("S2", "I1", 0, 0, 0));

		assertThat(Finding.of(school)).isEmpty();
		assertThat(Finding.of(inProgress)).isEmpty();
	}

	@Test
	void moreDistinctTrainedTeachersThanFullTimeTeachersIsFound() {
		SchoolTotals school = totals("S1", NORTH);
		school.add(enrollment("S1", Stage.PRIMARY, 10, 200, 190, 2));
		school.add(enrollment("S1", Stage.JUNIOR, 4, 100, 100, 1));
		school.add(training("S1", "T1", "P1", ProgramLevel.COUNTY, 100, TrainingResult.COMPLETED));
		school.add(inspection("S1", "I1", 0, 0, 0));
		school.trainedTeachers = 4; // summed full_time_teachers is 2 + 1 = 3

		List<Finding> findings = Finding.of(school);

		assertThat(findings).extracting(Finding::check).containsExactly(Check.TRAINED_EXCEEDS_STAFF);
		assertThat(findings.get(0).detail()).contains("4", "3").doesNotContain("null");
		assertThat(findings.get(0).countyCode()).isEqualTo("C1");
		assertThat(findings.get(0).schoolCode()).isEqualTo("S1");
	}

	@Test
	void asManyTrainedTeachersAsFullTimeTeachersIsFine() {
		SchoolTotals school = complete("S1", NORTH);
		school.trainedTeachers = 25;

		assertThat(Finding.of(school)).isEmpty();
	}

	@Test
	void aSchoolWithoutEnrollmentGetsNoTrainedExceedsStaffFinding() {
		SchoolTotals school = totals("S1", NORTH);
		school.add(training("S1", "T1", "P1", ProgramLevel.COUNTY, 100, TrainingResult.COMPLETED));
		school.add(training("S1", "T2", "P1", ProgramLevel.COUNTY, 100, TrainingResult.COMPLETED));
		school.add(inspection("S1", "I1", 0, 0, 0));
		school.trainedTeachers = 2;

		assertThat(checks(school)).containsExactly(Check.MISSING_ENROLLMENT);
	}

	@Test
	void oversizedClassesAreFoundOncePerEnrollmentRowWithSixtySixOrMorePerClass() {
		SchoolTotals school = complete("S1", NORTH);
		school.add(enrollment("S1", Stage.JUNIOR, 3, 100, 99, 10)); // 199 > 198
		school.add(enrollment("S1", Stage.SENIOR, 3, 100, 97, 10)); // 197 < 198: large, not oversized
		school.add(enrollment("S1", Stage.VOCATIONAL, 1, 66, 0, 10)); // 66 = 66 x 1
		school.add(enrollment("S1", Stage.PRESCHOOL, 0, 0, 0, 1)); // nobody, no class: fine

		List<Finding> findings = Finding.of(school);

		assertThat(findings).extracting(Finding::check)
			.containsExactly(Check.LARGE_CLASSES, Check.OVERSIZED_CLASSES, Check.OVERSIZED_CLASSES);
		assertThat(findings.get(0).detail()).contains("senior", "197", "3");
		assertThat(findings.get(1).detail()).contains("junior", "199", "3", "66 or more");
		assertThat(findings.get(2).detail()).contains("vocational", "66", "1");
	}

	@Test
	void underFiftySixPerClassIsNoFinding() {
		SchoolTotals school = complete("S1", NORTH);
		school.add(enrollment("S1", Stage.JUNIOR, 1, 28, 27, 3));
		school.add(enrollment("S1", Stage.SENIOR, 1_000_000, 27_000_000, 27_999_999, 3));

		assertThat(Finding.of(school)).isEmpty();
	}

	@Test
	void classSizesAreComparedWithoutOverflow() {
		SchoolTotals school = complete("S1", NORTH);
		school.add(enrollment("S1", Stage.SENIOR, 999_999_999, 999_999_999, 999_999_999, 3)); // 2e9 < 56e9

		assertThat(Finding.of(school)).isEmpty();
	}

	@Test
	void findingsOfOneSchoolComeInTheOrderOfTheTable() {
		SchoolTotals school = totals("S1", NORTH);
		school.add(enrollment("S1", Stage.PRIMARY, 1, 100, 0, 1)); // oversized
		school.trainedTeachers = 0;
		SchoolTotals staff = totals("S2", NORTH);
		staff.add(enrollment("S2", Stage.PRIMARY, 1, 100, 0, 1));
		staff.add(training("S2", "T1", "P1", ProgramLevel.COUNTY, 100, TrainingResult.COMPLETED));
		staff.add(training("S2", "T2", "P1", ProgramLevel.COUNTY, 100, TrainingResult.COMPLETED));
		staff.trainedTeachers = 2;

		assertThat(checks(school)).containsExactly(Check.MISSING_TRAINING, Check.MISSING_INSPECTION,
				Check.OVERSIZED_CLASSES);
		assertThat(checks(staff)).containsExactly(Check.MISSING_INSPECTION, Check.TRAINED_EXCEEDS_STAFF,
				Check.OVERSIZED_CLASSES);
		assertThat(Check.values()).containsExactly(Check.MISSING_ENROLLMENT, Check.MISSING_TRAINING,
				Check.MISSING_INSPECTION, Check.TRAINED_EXCEEDS_STAFF, Check.LARGE_CLASSES, Check.OVERSIZED_CLASSES,
				Check.STUDENTS_CHANGED, Check.TEACHERS_CHANGED, Check.NEW_IN_REGISTRY, Check.LEFT_REGISTRY);
	}

	@Test
	void findingsAreOrderedByCountyThenSchoolByUtf8BytesThenCheck() {
		County upper = new County("B", "Upper");
		County lower = new County("a", "Lower");
		County underscore = new County("_", "Underscore");
		County dash = new County("-", "Dash");
		List<Finding> findings = new ArrayList<>();
		for (SchoolTotals school : List.of(totals("S2", lower), totals("S10", lower), totals("s1", upper),
				totals("S_1", upper), totals("S1", upper), totals("Z", underscore), totals("A", dash))) {
			findings.addAll(Finding.of(school));
		}
		java.util.Collections.reverse(findings);

		List<String> sorted = findings.stream()
			.sorted(Finding.ORDER)
			.map((f) -> f.countyCode() + "/" + f.schoolCode() + "/" + f.check())
			.toList();

		// bytes: '-' 0x2D < '0'-'9' < 'A'-'Z' < '_' 0x5F < 'a'-'z'
		assertThat(sorted).containsExactly("-/A/MISSING_ENROLLMENT", "-/A/MISSING_TRAINING", "-/A/MISSING_INSPECTION",
				"B/S1/MISSING_ENROLLMENT", "B/S1/MISSING_TRAINING", "B/S1/MISSING_INSPECTION",
				"B/S_1/MISSING_ENROLLMENT", "B/S_1/MISSING_TRAINING", "B/S_1/MISSING_INSPECTION",
				"B/s1/MISSING_ENROLLMENT", "B/s1/MISSING_TRAINING", "B/s1/MISSING_INSPECTION",
				"_/Z/MISSING_ENROLLMENT", "_/Z/MISSING_TRAINING", "_/Z/MISSING_INSPECTION",
				"a/S10/MISSING_ENROLLMENT", "a/S10/MISSING_TRAINING", "a/S10/MISSING_INSPECTION",
				"a/S2/MISSING_ENROLLMENT", "a/S2/MISSING_TRAINING", "a/S2/MISSING_INSPECTION");
	}

	@Test
	void detailsAreInPlainWordsWithTheFigures() {
		SchoolTotals school = totals("S1", NORTH);
		school.add(enrollment("S1", Stage.PRIMARY, 2, 100, 40, 1)); // 140 > 132
		school.trainedTeachers = 0;

		for (Finding finding : Finding.of(school)) {
			assertThat(finding.detail()).isNotBlank()
				.doesNotContain("null", "NaN", "CrowdedClasses", "[", "{", "\n")
				.matches(".*[a-z]+ [a-z]+.*");
		}
		Finding oversized = Finding.of(school).get(2);
		assertThat(oversized.detail()).contains("primary", "140", "2");
		assertThat(Finding.of(school).get(0).detail()).containsIgnoringCase("training");
		assertThat(Finding.of(school).get(1).detail()).containsIgnoringCase("inspection");
	}

	@Test
	void findingCellsAreCountySchoolCheckAndDetail() {
		Finding finding = Finding.of(totals("S1", NORTH)).get(0);

		assertThat(Finding.HEADER).containsExactly("county_code", "school_code", "check", "detail");
		assertThat(finding.cells()).containsExactly("C1", "S1", "MISSING_ENROLLMENT", finding.detail());
	}

	@Test
	void registryCodesInFindingsAreWrittenExactlyEvenWhenTheyStartWithADash() {
		Finding finding = Finding.of(totals("-S1", new County("-C1", "Dash County"))).get(0);

		assertThat(finding.cells()[0]).isEqualTo("-C1");
		assertThat(finding.cells()[1]).isEqualTo("-S1");
	}

}
