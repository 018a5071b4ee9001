package org.schoolstats.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Contract section 3.1: ratios and percentages computed exactly, rounded half-up, printed with one decimal. */
class FiguresTest {

	@Test
	void percentagesAreRoundedHalfUpToOneDecimal() {
		assertThat(Figures.percent(1, 8)).isEqualTo("12.5");
		assertThat(Figures.percent(1, 16)).isEqualTo("6.3"); // 6.25
		assertThat(Figures.percent(1, 2000)).isEqualTo("0.1"); // 0.05
		assertThat(Figures.percent(2, 3)).isEqualTo("66.7");
		assertThat(Figures.percent(1, 3)).isEqualTo("33.3");
		assertThat(Figures.percent(1, 6)).isEqualTo("16.7");
		assertThat(Figures.percent(1, 12)).isEqualTo("8.3");
		assertThat(Figures.percent(326, 666)).isEqualTo("48.9");
	}

	@Test
	void percentagesAreComputedExactlyWhereDoubleArithmeticWouldRoundDown() {
		// 1.15 and 0.15 are just below the half in binary floating point
		assertThat(Figures.percent(23, 2000)).isEqualTo("1.2");
		assertThat(Figures.percent(3, 2000)).isEqualTo("0.2");
		assertThat(Figures.percent(1, 40)).isEqualTo("2.5");
		assertThat(Figures.percent(29, 2000)).isEqualTo("1.5"); // 1.45
	}

	@Test
	void percentagesAlwaysHaveOneDecimal() {
		assertThat(Figures.percent(1, 1)).isEqualTo("100.0");
		assertThat(Figures.percent(7, 7)).isEqualTo("100.0");
		assertThat(Figures.percent(0, 5)).isEqualTo("0.0");
		assertThat(Figures.percent(1, 4)).isEqualTo("25.0");
		assertThat(Figures.percent(1, 100_000)).isEqualTo("0.0");
		assertThat(Figures.percent(3, 2)).isEqualTo("150.0");
	}

	@Test
	void percentageIsEmptyWhenTheDenominatorIsZero() {
		assertThat(Figures.percent(0, 0)).isEmpty();
		assertThat(Figures.percent(5, 0)).isEmpty();
	}

	@Test
	void ratiosAreRoundedHalfUpToOneDecimal() {
		assertThat(Figures.ratio(1005, 1000)).isEqualTo("1.0"); // 1.005
		assertThat(Figures.ratio(1015, 1000)).isEqualTo("1.0"); // 1.015
		assertThat(Figures.ratio(105, 100)).isEqualTo("1.1"); // 1.05
		assertThat(Figures.ratio(115, 100)).isEqualTo("1.2"); // 1.15, below the half as a double
		assertThat(Figures.ratio(3, 20)).isEqualTo("0.2"); // 0.15, below the half as a double
		assertThat(Figures.ratio(666, 45)).isEqualTo("14.8");
		assertThat(Figures.ratio(666, 17)).isEqualTo("39.2");
		assertThat(Figures.ratio(1, 3)).isEqualTo("0.3");
		assertThat(Figures.ratio(2, 3)).isEqualTo("0.7");
	}

	@Test
	void ratiosAlwaysHaveOneDecimal() {
		assertThat(Figures.ratio(10, 1)).isEqualTo("10.0");
		assertThat(Figures.ratio(0, 3)).isEqualTo("0.0");
		assertThat(Figures.ratio(2_000_000_000L, 1)).isEqualTo("2000000000.0");
	}

	@Test
	void ratioIsEmptyWhenTheDenominatorIsZero() {
		assertThat(Figures.ratio(0, 0)).isEmpty();
		assertThat(Figures.ratio(12, 0)).isEmpty();
	}

	@Test
	void hoursInHundredthsArePrintedRoundedHalfUpWithOneDecimal() {
		assertThat(Figures.hours(2450)).isEqualTo("24.5");
		assertThat(Figures.hours(2425)).isEqualTo("24.3");
		assertThat(Figures.hours(2424)).isEqualTo("24.2");
		assertThat(Figures.hours(2400)).isEqualTo("24.0");
		assertThat(Figures.hours(2375)).isEqualTo("23.8");
		assertThat(Figures.hours(5)).isEqualTo("0.1");
		assertThat(Figures.hours(4)).isEqualTo("0.0");
		assertThat(Figures.hours(0)).isEqualTo("0.0");
		assertThat(Figures.hours(100_000)).isEqualTo("1000.0");
		assertThat(Figures.hours(123_456_789)).isEqualTo("1234567.9");
	}

	@Test
	void hoursPerTeacherAreComputedFromTheUnroundedSum() {
		// 10.49 hours / 10 = 1.049 -> 1.0; rounding the sum first (10.5 / 10 = 1.05) would give 1.1
		assertThat(Figures.hoursPer(1049, 10)).isEqualTo("1.0");
		assertThat(Figures.hoursPer(1050, 10)).isEqualTo("1.1");
		// 24.24 / 4 = 6.06 -> 6.1; 24.25 / 5 = 4.85 -> 4.9 (an exact half)
		assertThat(Figures.hoursPer(2424, 4)).isEqualTo("6.1");
		assertThat(Figures.hoursPer(2425, 5)).isEqualTo("4.9");
		assertThat(Figures.hoursPer(2400, 1)).isEqualTo("24.0");
	}

	@Test
	void hoursPerTeacherIsEmptyWithoutTeachers() {
		assertThat(Figures.hoursPer(2400, 0)).isEmpty();
		assertThat(Figures.hoursPer(0, 0)).isEmpty();
		assertThat(Figures.hoursPer(0, 3)).isEqualTo("0.0");
	}

}
