package org.schoolstats.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolstats.indicator.SchoolFixtures.enrollment;
import static org.schoolstats.indicator.SchoolFixtures.inspection;
import static org.schoolstats.indicator.SchoolFixtures.totals;
import static org.schoolstats.indicator.SchoolFixtures.training;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.schoolstats.registry.County;
import org.schoolstats.submission.Period;
import org.schoolstats.submission.ProgramLevel;
import org.schoolstats.submission.Stage;
import org.schoolstats.submission.TrainingResult;

/** Contract section 3.2: the English and Chinese paragraphs of county_summaries.csv. */
class CountySummaryTest {

	private static final Period YEAR = Period.parse("2024");

	private static final County NORTH = new County("C1", "North County");

	/**
	 * S1 sends everything: 12,000 + 12,310 = 24,310 students, 1,520 teachers (ratio 15.99.. -> 16.0), 1,234
	 * completed trainings, 2 inspections with 1,500 hazards of which 1,403 rectified (93.53.. -> 93.5); 1,350
	 * trained teachers (88.81.. -> 88.8). S2 sends nothing and S3 only enrollment: 2 of 3 schools incomplete.
	 */
	private static CountyIndicators large() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(enrollment("S1", Stage.PRIMARY, 400, 12_000, 12_310, 1_520));
		for (int t = 0; t < 1_234; t++) {
			s1.add(training("S1", "T" + t, "P1", ProgramLevel.COUNTY, 800, TrainingResult.COMPLETED));
		}
		s1.add(training("S1", "T0", "P2", ProgramLevel.COUNTY, 800, TrainingResult.IN_PROGRESS));
		s1.add(inspection("S1", "I1", 1_000, 903, 10));
		s1.add(inspection("S1", "I2", 500, 500, 0));
		SchoolTotals s3 = totals("S3", NORTH);
		s3.add(enrollment("S3", Stage.JUNIOR, 0, 0, 0, 0));
		CountyIndicators row = CountyIndicators.of(NORTH, List.of(s1, totals("S2", NORTH), s3), 1_350);
		assertThat(row.studentsTotal()).isEqualTo(24_310);
		assertThat(row.studentTeacherRatio()).isEqualTo("16.0");
		assertThat(row.teachersTrainedPct()).isEqualTo("88.8");
		assertThat(row.hazardRectificationPct()).isEqualTo("93.5");
		return row;
	}

	/** Students but no teachers and no hazards: the ratio and both percentages are empty cells. */
	private static CountyIndicators sparse() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(enrollment("S1", Stage.PRIMARY, 2, 20, 20, 0));
		s1.add(training("S1", "T1", "P1", ProgramLevel.COUNTY, 800, TrainingResult.COMPLETED));
		s1.add(inspection("S1", "I1", 0, 0, 0));
		CountyIndicators row = CountyIndicators.of(NORTH, List.of(s1), 1);
		assertThat(row.studentTeacherRatio()).isEmpty();
		assertThat(row.teachersTrainedPct()).isEmpty();
		assertThat(row.hazardRectificationPct()).isEmpty();
		return row;
	}

	/** Training only: no students, no teachers, no inspections; several counts are zero. */
	private static CountyIndicators zeros() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(training("S1", "T1", "P1", ProgramLevel.COUNTY, 800, TrainingResult.NOT_COMPLETED));
		return CountyIndicators.of(NORTH, List.of(s1), 0);
	}

	private static CountyIndicators nothing() {
		return CountyIndicators.of(new County("C2", "South County"),
				List.of(totals("S4", NORTH), totals("S5", NORTH)), 0);
	}

	private static void assertNoGapsOrPlaceholders(String text) {
		assertThat(text).isNotBlank()
			.doesNotContain("null", "NaN", "%%", " %", "  ", "，，", "，。", "。。", " ,", " .", ",,", "..", "ratio of  to",
					"()", "（）")
			.doesNotContainPattern("[^0-9]%")
			.doesNotContainPattern("^%");
	}

	@Test
	void englishStatesTheFiguresWithThousandsSeparators() {
		String text = CountySummary.english(large(), YEAR);

		assertThat(text).contains("North County", "3 registered schools", "24,310 students", "1,520 full-time teachers",
				"16.0", "1,234 training person-times", "88.8%", "2 safety inspections", "1,500 hazards", "93.5%");
		assertThat(text).doesNotContain("24310", "1520", "1234");
	}

	@Test
	void chineseStatesTheFiguresInPlainDigits() {
		String text = CountySummary.chinese(large(), YEAR);

		assertThat(text).contains("North County", "3所", "24310", "1520", "16.0", "1234", "88.8%", "2次", "1500",
				"93.5%");
		assertThat(text).doesNotContain("24,310", "1,520", "1,234", "1,500");
	}

	@Test
	void summariesSayHowManySchoolsDidNotSubmitAllThreeReturns() {
		assertThat(CountySummary.english(large(), YEAR)).containsPattern("\\b2 schools\\b")
			.contains("all three returns");
		assertThat(CountySummary.chinese(large(), YEAR)).contains("2所学校未报齐三类报表");
	}

	@Test
	void summariesOfACompleteCountyDoNotCountIncompleteSchools() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(enrollment("S1", Stage.PRIMARY, 2, 20, 20, 2));
		s1.add(training("S1", "T1", "P1", ProgramLevel.COUNTY, 800, TrainingResult.COMPLETED));
		s1.add(inspection("S1", "I1", 2, 1, 0));
		CountyIndicators row = CountyIndicators.of(NORTH, List.of(s1), 1);

		assertThat(CountySummary.english(row, YEAR)).doesNotContainPattern("\\b0 schools?\\b")
			.doesNotContain("not yet submitted");
		assertThat(CountySummary.chinese(row, YEAR)).doesNotContain("0所学校未报齐", "未报齐");
	}

	@Test
	void ratiosAndPercentagesAreQuotedExactlyAsInTheTableEachFollowedAtOnceByPercent() {
		CountyIndicators row = large();
		for (String text : List.of(CountySummary.english(row, YEAR), CountySummary.chinese(row, YEAR))) {
			assertThat(text).contains(row.studentTeacherRatio(), row.teachersTrainedPct() + "%",
					row.hazardRectificationPct() + "%");
			assertNoGapsOrPlaceholders(text);
		}
	}

	@Test
	void ratiosKeepTheirTableFormWithoutThousandsSeparators() {
		SchoolTotals s1 = totals("S1", NORTH);
		s1.add(enrollment("S1", Stage.PRIMARY, 40_000, 1_000_000, 1_234_567, 2)); // 2,234,567 / 2 = 1117283.5
		s1.add(training("S1", "T1", "P1", ProgramLevel.COUNTY, 800, TrainingResult.COMPLETED));
		s1.add(inspection("S1", "I1", 3, 1, 0));
		CountyIndicators row = CountyIndicators.of(NORTH, List.of(s1), 1);

		assertThat(CountySummary.english(row, YEAR)).contains("1117283.5", "2,234,567")
			.doesNotContain("1,117,283.5");
		assertThat(CountySummary.chinese(row, YEAR)).contains("1117283.5", "2234567");
	}

	@Test
	void zeroCountsAreWrittenAsZero() {
		String english = CountySummary.english(zeros(), YEAR);
		String chinese = CountySummary.chinese(zeros(), YEAR);

		assertThat(english).contains("0 students", "0 full-time teachers", "0 training person-times",
				"0 safety inspections", "0 hazards");
		assertThat(chinese).contains("在校学生0人", "专任教师0人", "0人次", "安全检查0次", "隐患0处");
		assertNoGapsOrPlaceholders(english);
		assertNoGapsOrPlaceholders(chinese);
	}

	@Test
	void aFigureWhoseCellIsEmptyIsLeftOut() {
		String english = CountySummary.english(sparse(), YEAR);
		String chinese = CountySummary.chinese(sparse(), YEAR);

		assertThat(english).doesNotContain("%", "ratio");
		assertThat(chinese).doesNotContain("%", "生师比");
		assertNoGapsOrPlaceholders(english);
		assertNoGapsOrPlaceholders(chinese);
		assertNoGapsOrPlaceholders(CountySummary.english(zeros(), YEAR));
		assertNoGapsOrPlaceholders(CountySummary.chinese(zeros(), YEAR));
	}

	@Test
	void aCountyWithNoAcceptedRowsGetsAParagraphSayingNoReturnsWereReceived() {
		String english = CountySummary.english(nothing(), YEAR);
		String chinese = CountySummary.chinese(nothing(), YEAR);

		assertThat(english).containsIgnoringCase("no returns were received").contains("South County", "2");
		assertThat(chinese).contains("未收到", "South County", "2");
		assertNoGapsOrPlaceholders(english);
		assertNoGapsOrPlaceholders(chinese);
	}

	@Test
	void theHalfOfTheYearIsNamedForHalfYearPeriods() {
		assertThat(CountySummary.english(large(), Period.parse("2024-H1"))).contains("first half of 2024");
		assertThat(CountySummary.english(large(), Period.parse("2024-H2"))).contains("second half of 2024");
		assertThat(CountySummary.english(large(), YEAR)).contains("2024").doesNotContain("half");
		assertThat(CountySummary.chinese(large(), Period.parse("2024-H1"))).contains("2024年上半年");
		assertThat(CountySummary.chinese(large(), Period.parse("2024-H2"))).contains("2024年下半年");
		assertThat(CountySummary.chinese(large(), YEAR)).contains("2024年").doesNotContain("半年");
		assertThat(CountySummary.english(nothing(), Period.parse("2024-H2"))).contains("2024");
	}

	@Test
	void eachSummaryIsOneParagraph() {
		for (CountyIndicators row : List.of(large(), sparse(), zeros(), nothing())) {
			for (String text : List.of(CountySummary.english(row, YEAR), CountySummary.chinese(row, YEAR))) {
				assertThat(text).doesNotContain("\n", "\r", "\u2028", "\u2029").isEqualTo(text.strip());
			}
		}
	}

}
