package org.schoolstats.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.schoolstats.submission.Period;

/**
 * Contract section 3.2, compared with an earlier period: each paragraph says how the county moved since, in both
 * languages, counts as changes (and the students' change in percent), rates in percentage points, the direction in
 * words, zero as unchanged, and a change left out where county_changes.csv has none.
 */
class CountySummaryChangesTest {

	private static final Period NOW = Period.parse("2024");

	/** This year: 8,464 students and 615 teachers; 10 hazards, 9 rectified (90.0). */
	private final CountyIndicators county = CountyChangesTest.county(8464, 615, 184);

	private String[] paragraphs(Map<String, String> earlier, Period then) {
		Map<String, String> row = new HashMap<>();
		for (String column : CountyIndicators.HEADER) {
			row.put(column, this.county.cell(column));
		}
		row.putAll(earlier);
		PreviousPeriod previous = new PreviousPeriod(then, Map.of("C1", row), null);
		List<CountyChanges.Change> changes = CountyChanges.of(this.county, previous);
		return new String[] { CountySummary.english(this.county, NOW, previous, changes),
				CountySummary.chinese(this.county, NOW, previous, changes) };
	}

	@Test
	void studentsRoseWithCountAndPercentTeachersFellAndRatesInPercentagePoints() {
		String[] text = paragraphs(Map.of("students_total", "8259", "full_time_teachers", "618",
				"teachers_trained_pct", "", "hazard_rectification_pct", "88.9"), Period.parse("2023"));

		assertThat(text[0]).endsWith(" Compared with 2023, the number of students rose by 205 (2.5%), the number of "
				+ "full-time teachers fell by 3 and the hazard rectification rate rose by 1.1 percentage points.");
		assertThat(text[1]).endsWith("在校学生比2023年增加205人，增长2.5%；专任教师比2023年减少3人；隐患整改率比2023年提高1.1个百分点。");
	}

	@Test
	void countsCarryThousandsSeparatorsInEnglishAndPlainDigitsInChinese() {
		String[] text = paragraphs(Map.of("students_total", "16688"), Period.parse("2023"));

		assertThat(text[0]).contains("the number of students fell by 8,224 (49.3%)");
		assertThat(text[1]).contains("在校学生比2023年减少8224人，下降49.3%");
	}

	@Test
	void zeroIsUnchanged() {
		String[] text = paragraphs(Map.of(), Period.parse("2023"));

		assertThat(text[0]).endsWith(" Compared with 2023, the number of students was unchanged, the number of "
				+ "full-time teachers was unchanged, the share of full-time teachers trained was unchanged and the "
				+ "hazard rectification rate was unchanged.");
		assertThat(text[1]).endsWith("在校学生与2023年持平；专任教师与2023年持平；专任教师培训比例与2023年持平；隐患整改率与2023年持平。");
	}

	@Test
	void aHalfYearIsNamedByItsLabel() {
		String[] text = paragraphs(Map.of("students_total", "8000"), Period.parse("2023-H2"));

		assertThat(text[0]).contains("Compared with 2023-H2, the number of students rose by 464 (5.8%)");
		assertThat(text[1]).contains("在校学生比2023-H2增加464人，增长5.8%");
	}

	@Test
	void noChangeIsWrittenAsASignOrAPercentChangeOfARate() {
		String[] text = paragraphs(Map.of("students_total", "9000", "hazard_rectification_pct", "95.5"),
				Period.parse("2023"));

		String english = text[0].substring(text[0].indexOf("Compared with"));
		assertThat(english).doesNotContain(" -", "+", "null", "NaN").contains("fell by 5.5 percentage points");
		String chinese = text[1].substring(text[1].indexOf("在校学生比"));
		assertThat(chinese).doesNotContain("-", "+").contains("隐患整改率比2023年下降5.5个百分点");
	}

	@Test
	void aCountyMissingFromTheEarlierPublicationStillNamesIt() {
		PreviousPeriod previous = new PreviousPeriod(Period.parse("2023"), Map.of("C9", Map.of()), null);
		List<CountyChanges.Change> changes = CountyChanges.of(this.county, previous);

		assertThat(CountySummary.english(this.county, NOW, previous, changes))
			.endsWith(" The publication for 2023 has no figures for North County to compare with.");
		assertThat(CountySummary.chinese(this.county, NOW, previous, changes))
			.endsWith("2023年发布的数据中没有North County，无法比较。");
	}

	@Test
	void withNothingComparedNoChangeIsWritten() {
		String english = CountySummary.english(this.county, NOW, null, CountyChanges.of(this.county, null));

		assertThat(english).isEqualTo(CountySummary.english(this.county, NOW)).doesNotContain("Compared");
	}

}
