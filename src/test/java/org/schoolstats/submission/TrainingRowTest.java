package org.schoolstats.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Contract section 1.3: start_date inside the period, end_date not before start_date. */
class TrainingRowTest {

	@Test
	void endDateMayEqualButNotPrecedeStartDate() {
		assertThat(row("2024-03-01", "2024-03-01").endsOnOrAfterStart()).isTrue();
		assertThat(row("2024-03-01", "2024-02-29").endsOnOrAfterStart()).isFalse();
		assertThat(row("2024-03-01", "2024-02-29").inconsistency()).contains("end_date").contains("start_date");
		assertThat(row("2024-03-01", "2024-03-02").inconsistency()).isNull();
	}

	@Test
	void startDateMustLieInThePeriodAtBothEnds() {
		Period h1 = Period.parse("2024-H1");
		assertThat(row("2024-01-01", "2024-01-01").startsInPeriod(h1)).isTrue();
		assertThat(row("2024-06-30", "2024-06-30").startsInPeriod(h1)).isTrue();
		assertThat(row("2023-12-31", "2024-01-01").startsInPeriod(h1)).isFalse();
		assertThat(row("2024-07-01", "2024-07-01").startsInPeriod(h1)).isFalse();
		assertThat(row("2024-07-01", "2024-07-01").outOfPeriod(h1)).contains("start_date").contains("2024-07-01");
		Period h2 = Period.parse("2024-H2");
		assertThat(row("2024-07-01", "2024-07-01").startsInPeriod(h2)).isTrue();
		assertThat(row("2024-12-31", "2024-12-31").startsInPeriod(h2)).isTrue();
		assertThat(row("2024-06-30", "2024-07-01").startsInPeriod(h2)).isFalse();
		assertThat(row("2025-01-01", "2025-01-01").startsInPeriod(h2)).isFalse();
	}

	@Test
	void endDateMayLieOutsideThePeriod() {
		assertThat(row("2024-06-30", "2024-08-15").outOfPeriod(Period.parse("2024-H1"))).isNull();
	}

	@Test
	void rowKeepsHoursInHundredthsAndResult() {
		TrainingRow row = TrainingRow.of(new String[] { "S1", "T1", "P1", "", "county", "2024-03-01", "2024-03-02",
				"7.5", "completed" });
		assertThat(row.hoursHundredths()).isEqualTo(750);
		assertThat(row.level()).isEqualTo(ProgramLevel.COUNTY);
		assertThat(row.isCompleted()).isTrue();
	}

	private static TrainingRow row(String start, String end) {
		return new TrainingRow("S1", "T1", "P1", "", ProgramLevel.SCHOOL, LocalDate.parse(start), LocalDate.parse(end),
				1200, TrainingResult.COMPLETED);
	}

}
