package org.schoolstats.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Contract section 1.4: inspection_date inside the period; rectified and major hazards within those found. */
class InspectionRowTest {

	@Test
	void hazardsRectifiedMayEqualButNotExceedHazardsFound() {
		assertThat(row("2024-03-01", 5, 5, 0).rectifiedWithinFound()).isTrue();
		assertThat(row("2024-03-01", 5, 6, 0).rectifiedWithinFound()).isFalse();
		assertThat(row("2024-03-01", 5, 6, 0).inconsistency()).contains("hazards_rectified");
	}

	@Test
	void majorHazardsMayEqualButNotExceedHazardsFound() {
		assertThat(row("2024-03-01", 5, 0, 5).majorWithinFound()).isTrue();
		assertThat(row("2024-03-01", 5, 0, 6).majorWithinFound()).isFalse();
		assertThat(row("2024-03-01", 5, 0, 6).inconsistency()).contains("major_hazards");
		assertThat(row("2024-03-01", 0, 0, 0).inconsistency()).isNull();
	}

	@Test
	void inspectionDateMustLieInThePeriodAtBothEnds() {
		Period h1 = Period.parse("2024-H1");
		assertThat(row("2024-01-01", 0, 0, 0).inPeriod(h1)).isTrue();
		assertThat(row("2024-06-30", 0, 0, 0).inPeriod(h1)).isTrue();
		assertThat(row("2024-07-01", 0, 0, 0).inPeriod(h1)).isFalse();
		assertThat(row("2023-12-31", 0, 0, 0).inPeriod(h1)).isFalse();
		assertThat(row("2024-07-01", 0, 0, 0).outOfPeriod(h1)).contains("inspection_date").contains("2024-07-01");
		Period h2 = Period.parse("2024-H2");
		assertThat(row("2024-07-01", 0, 0, 0).inPeriod(h2)).isTrue();
		assertThat(row("2024-12-31", 0, 0, 0).inPeriod(h2)).isTrue();
		assertThat(row("2024-06-30", 0, 0, 0).inPeriod(h2)).isFalse();
		assertThat(row("2025-01-01", 0, 0, 0).outOfPeriod(h2)).contains("inspection_date").contains("2025-01-01");
	}

	private static InspectionRow row(String date, long found, long rectified, long major) {
		return new InspectionRow("S1", "I1", LocalDate.parse(date), InspectionCategory.FIRE, found, rectified, major,
				"");
	}

}
