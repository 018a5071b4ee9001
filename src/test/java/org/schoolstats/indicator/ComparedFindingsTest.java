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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schoolstats.registry.County;
import org.schoolstats.submission.Period;
import org.schoolstats.submission.ProgramLevel;
import org.schoolstats.submission.Stage;
import org.schoolstats.submission.TrainingResult;

/**
 * Contract section 3.3, the checks that compare with an earlier publication (section 5), and the class-size bands:
 * each threshold at its boundary.
 */
class ComparedFindingsTest {

	private static final County NORTH = new County("C1", "North County");

	private static final Period NOW = Period.parse("2024");

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource({ "150,120,false", // 30 fewer, exactly 20 %: not more than 20 %
			"150,119,true", // 31 fewer, 20.7 %
			"149,119,true", // 30 fewer, 20.1 %: at least 30
			"100,71,false", // 29 fewer, 29 %: less than 30
			"100,130,true", // 30 more, 30 %
			"0,30,true", // from none to 30: at least 30, and more than 20 % of 0
			"0,29,false", "1000,800,false", "1000,799,true" })
	void studentsChangedWhenTheChangeIsAtLeastThirtyAndMoreThanAFifth(long before, long now, boolean found) {
		List<Finding> findings = compared(school(now, 10), Map.of("S1", before + ""), Map.of("S1", "10"));

		assertThat(findings).extracting(Finding::check).filteredOn((check) -> check == Check.STUDENTS_CHANGED)
			.hasSize(found ? 1 : 0);
	}

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource({ "12,9,false", // 3 fewer, exactly 25 %: not more than 25 %
			"11,8,true", // 3 fewer, 27.3 %
			"8,6,false", // 2 fewer: less than 3
			"20,26,true", "20,25,false", "0,3,true", "0,2,false" })
	void teachersChangedWhenTheChangeIsAtLeastThreeAndMoreThanAQuarter(long before, long now, boolean found) {
		List<Finding> findings = compared(school(100, now), Map.of("S1", "100"), Map.of("S1", before + ""));

		assertThat(findings).extracting(Finding::check).filteredOn((check) -> check == Check.TEACHERS_CHANGED)
			.hasSize(found ? 1 : 0);
	}

	@Test
	void aChangeNamesBothPeriodsAndBothFigures() {
		List<Finding> findings = compared(school(900, 52), Map.of("S1", "1200"), Map.of("S1", "40"));

		assertThat(findings).extracting(Finding::check, Finding::detail)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(Check.STUDENTS_CHANGED,
							"students_total changed from 1200 in 2023 to 900 in 2024, 300 fewer (25.0%)"),
					org.assertj.core.groups.Tuple.tuple(Check.TEACHERS_CHANGED,
							"full_time_teachers changed from 40 in 2023 to 52 in 2024, 12 more (30.0%)"));
	}

	@Test
	void aFigureNotReportedInEitherPeriodIsNoChange() {
		SchoolTotals sentNothing = totals("S1", NORTH);

		assertThat(compared(sentNothing, Map.of("S1", "1200"), Map.of("S1", "40"))).isEmpty();
		assertThat(compared(school(900, 52), Map.of("S1", ""), Map.of("S1", ""))).isEmpty();
	}

	@Test
	void newAndLeftRegistryAndTheCountyOfASchoolThatLeft() {
		SchoolTotals stays = school(100, 10);
		SchoolTotals arrives = totals("S2", NORTH);
		Map<String, PreviousPeriod.School> before = new LinkedHashMap<>();
		before.put("S1", new PreviousPeriod.School("C1", "100", "10"));
		before.put("S0", new PreviousPeriod.School("C7", "80", "9"));
		PreviousPeriod previous = new PreviousPeriod(Period.parse("2023"), Map.of(), before);

		List<Finding> findings = Finding.comparedWith(previous, List.of(stays, arrives), NOW);

		assertThat(findings).extracting(Finding::countyCode, Finding::schoolCode, Finding::check)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("C1", "S2", Check.NEW_IN_REGISTRY),
					org.assertj.core.groups.Tuple.tuple("C7", "S0", Check.LEFT_REGISTRY));
		assertThat(findings).extracting(Finding::detail)
			.contains("in the 2024 registry but not in the school_indicators.csv published for 2023",
					"in the school_indicators.csv published for 2023 (county C7) but not in the 2024 registry");
	}

	@Test
	void noSchoolChecksWhenTheEarlierPublicationHasNoSchoolFigures() {
		PreviousPeriod countiesOnly = new PreviousPeriod(Period.parse("2023"), Map.of("C1", Map.of()), null);

		assertThat(Finding.comparedWith(countiesOnly, List.of(school(100, 10)), NOW)).isEmpty();
		assertThat(Finding.comparedWith(null, List.of(school(100, 10)), NOW)).isEmpty();
	}

	@ParameterizedTest(name = "{0} students in {1} classes: {2}")
	@CsvSource({ "1119,20,", "1120,20,LARGE_CLASSES", "1319,20,LARGE_CLASSES", "1320,20,OVERSIZED_CLASSES",
			"66,1,OVERSIZED_CLASSES", "65,1,LARGE_CLASSES", "55,1,", "0,0,", "1999999998,999999999," })
	void classSizeBandsAtFiftySixAndSixtySix(long students, long classes, Check expected) {
		SchoolTotals school = totals("S1", NORTH);
		school.add(enrollment("S1", Stage.PRIMARY, classes, students / 2, students - students / 2, 10));

		assertThat(Finding.of(school)).extracting(Finding::check)
			.filteredOn((check) -> check == Check.LARGE_CLASSES || check == Check.OVERSIZED_CLASSES)
			.containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
	}

	@Test
	void classSizeFindingsNameTheStageAndNeverRoundUpToTheNextBand() {
		SchoolTotals school = totals("S1", NORTH);
		school.add(enrollment("S1", Stage.JUNIOR, 20, 700, 619, 10)); // 65.95 per class
		school.add(enrollment("S1", Stage.PRIMARY, 36, 1300, 1196, 10)); // 69.33 per class
		school.add(enrollment("S1", Stage.PRESCHOOL, 10, 300, 280, 10)); // 58 per class

		assertThat(Finding.of(school)).filteredOn((finding) -> finding.check().name().endsWith("_CLASSES"))
			.extracting(Finding::check, Finding::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Check.LARGE_CLASSES,
					"stage preschool has 580 students in 10 classes, 58.0 per class on average: at least 56 and under "
							+ "66 per class (大班额)"),
					org.assertj.core.groups.Tuple.tuple(Check.LARGE_CLASSES,
							"stage junior has 1319 students in 20 classes, 65.9 per class on average: at least 56 and "
									+ "under 66 per class (大班额)"),
					org.assertj.core.groups.Tuple.tuple(Check.OVERSIZED_CLASSES,
							"stage primary has 2496 students in 36 classes, 69.3 per class on average: 66 or more per "
									+ "class (超大班额)"));
	}

	private static SchoolTotals school(long students, long teachers) {
		SchoolTotals school = totals("S1", NORTH);
		school.add(enrollment("S1", Stage.PRIMARY, 1000, students / 2, students - students / 2, teachers));
		school.add(training("S1", "T1", "P1", ProgramLevel.COUNTY, 800, TrainingResult.COMPLETED));
		school.add(inspection("S1", "I1", 1, 1, 0));
		return school;
	}

	private static List<Finding> compared(SchoolTotals school, Map<String, String> students,
			Map<String, String> teachers) {
		Map<String, PreviousPeriod.School> before = new LinkedHashMap<>();
		students.forEach((code, value) -> before.put(code, new PreviousPeriod.School("C1", value, teachers.get(code))));
		return Finding.comparedWith(new PreviousPeriod(Period.parse("2023"), Map.of(), before), List.of(school), NOW);
	}

}
