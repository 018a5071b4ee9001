package org.schoolstats.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolstats.indicator.SchoolFixtures.enrollment;
import static org.schoolstats.indicator.SchoolFixtures.inspection;
import static org.schoolstats.indicator.SchoolFixtures.totals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schoolstats.registry.County;
import org.schoolstats.submission.Period;
import org.schoolstats.submission.Stage;

/** Contract section 3.8: eleven changes per county, worked out from the printed figures. */
class CountyChangesTest {

	private static final County NORTH = new County("C1", "North County");

	@ParameterizedTest(name = "{0} - {1} = {2}")
	@CsvSource(delimiter = '|', value = { "391|400|-9", "8464|8259|205", "0|0|0", "17|0|17", "|5|", "5||" })
	void changeOfACountIsAnIntegerFromThePrintedFigures(String current, String previous, String change) {
		assertThat(Figures.change(nullToEmpty(current), nullToEmpty(previous), true)).isEqualTo(nullToEmpty(change));
	}

	@ParameterizedTest(name = "{0} - {1} = {2}")
	@CsvSource(delimiter = '|', value = { "92.1|91.4|0.7", "91.4|92.1|-0.7", "13.8|13.8|0.0", "0.0|100.0|-100.0",
			"|93.5|", "93.5||" })
	void changeOfARateIsInPercentagePointsWithOneDecimal(String current, String previous, String change) {
		assertThat(Figures.change(nullToEmpty(current), nullToEmpty(previous), false)).isEqualTo(nullToEmpty(change));
	}

	@ParameterizedTest(name = "{0} of {1} = {2} %")
	@CsvSource(delimiter = '|', value = { "-9|400|-2.3", "9|400|2.3", "205|6400|3.2", "-1|10000|0.0", "1|10000|0.0",
			"-1|3|-33.3", "17|0|", "|400|", "5||" })
	void changePercentRoundsHalvesAwayFromZeroAndNeverPrintsMinusZero(String change, String previous, String percent) {
		assertThat(Figures.changePercent(nullToEmpty(change), nullToEmpty(previous))).isEqualTo(nullToEmpty(percent));
	}

	@Test
	void elevenIndicatorsInTheOrderOfTheFileWithChangePercentForTheThreeCountsOnly() {
		CountyIndicators now = county(391, 40, 10);
		Map<String, String> before = new HashMap<>();
		now.cells(); // every column of the current row
		for (String column : CountyIndicators.HEADER) {
			before.put(column, now.cell(column));
		}
		before.put("students_total", "400");
		before.put("full_time_teachers", "40");
		before.put("schools_registered", "0");
		before.put("hazard_rectification_pct", "");

		List<CountyChanges.Change> changes = CountyChanges.of(now, previous(Map.of("C1", before)));

		assertThat(changes).extracting(CountyChanges.Change::indicator)
			.containsExactly("schools_registered", "students_total", "full_time_teachers", "student_teacher_ratio",
					"avg_class_size", "dropout_rate_pct", "teachers_trained_pct", "training_hours_per_teacher",
					"inspection_coverage_pct", "hazard_rectification_pct", "submission_completeness_pct");
		assertThat(changes.get(0).cells()).containsExactly("C1", "schools_registered", "0", "1", "1", "");
		assertThat(changes.get(1).cells()).containsExactly("C1", "students_total", "400", "391", "-9", "-2.3");
		assertThat(changes.get(2).cells()).containsExactly("C1", "full_time_teachers", "40", "40", "0", "0.0");
		assertThat(changes.get(3).cells()).containsExactly("C1", "student_teacher_ratio", "9.8", "9.8", "0.0", "");
		assertThat(changes.get(9).cells()).as("a rate that is empty in one period has no change")
			.containsExactly("C1", "hazard_rectification_pct", "", "90.0", "", "");
	}

	@Test
	void withNothingComparedOnlyTheCurrentCellIsFilledIn() {
		List<CountyChanges.Change> changes = CountyChanges.of(county(391, 40, 10), null);

		assertThat(changes).hasSize(11).allSatisfy((change) -> {
			assertThat(change.previous()).isEmpty();
			assertThat(change.change()).isEmpty();
			assertThat(change.changePct()).isEmpty();
		});
		assertThat(changes.get(1).current()).isEqualTo("391");
	}

	@Test
	void aCountyNewThisYearHasNoPreviousFigures() {
		List<CountyChanges.Change> changes = CountyChanges.of(county(391, 40, 10),
				previous(Map.of("C9", Map.of("students_total", "100"))));

		assertThat(changes).allSatisfy((change) -> assertThat(change.previous() + change.change() + change.changePct())
			.isEmpty());
	}

	/** One school: students, teachers, and 10 hazards of which 9 rectified. */
	static CountyIndicators county(long students, long teachers, long classes) {
		SchoolTotals school = totals("S1", NORTH);
		school.add(enrollment("S1", Stage.PRIMARY, classes, students / 2, students - students / 2, teachers));
		school.add(inspection("S1", "I1", 10, 9, 0));
		return CountyIndicators.of(NORTH, List.of(school), 0);
	}

	static PreviousPeriod previous(Map<String, Map<String, String>> counties) {
		return new PreviousPeriod(Period.parse("2023"), counties, null);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
