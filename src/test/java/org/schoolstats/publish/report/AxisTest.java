package org.schoolstats.publish.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Section 3.9: the charts of report.html have axes that start at zero, or run through it, with round ticks. */
class AxisTest {

	private static Axis covering(String lowest, String highest) {
		return Axis.covering(new BigDecimal(lowest), new BigDecimal(highest), 5);
	}

	private static List<String> labels(Axis axis) {
		return axis.ticks().stream().map(Axis::label).toList();
	}

	@Test
	void aPercentageAxisRunsFromZeroToAHundredInSteps() {
		Axis axis = covering("0", "100");
		assertThat(labels(axis)).containsExactly("0", "20", "40", "60", "80", "100");
		assertThat(axis.fraction(BigDecimal.ZERO)).isZero();
		assertThat(axis.fraction(new BigDecimal("50.0"))).isEqualTo(0.5);
	}

	@Test
	void anAxisOfPositiveFiguresStartsAtZeroNotAtTheLowestFigure() {
		Axis axis = covering("61.8", "74.9");
		assertThat(axis.min()).isEqualByComparingTo("0");
		assertThat(axis.max()).isGreaterThanOrEqualTo(new BigDecimal("74.9"));
		assertThat(labels(axis)).containsExactly("0", "20", "40", "60", "80");
	}

	@Test
	void anAxisOfChangesBothWaysRunsThroughZero() {
		Axis axis = covering("-7.3", "12.0");
		assertThat(labels(axis)).containsExactly("-10", "-5", "0", "5", "10", "15");
		assertThat(axis.fraction(BigDecimal.ZERO)).isStrictlyBetween(0.0, 1.0);
	}

	@Test
	void anAxisOfFallsOnlyEndsAtZero() {
		Axis axis = covering("-100.0", "0");
		assertThat(labels(axis)).containsExactly("-100", "-80", "-60", "-40", "-20", "0");
		assertThat(axis.fraction(BigDecimal.ZERO)).isEqualTo(1.0);
	}

	@Test
	void anAxisOfZerosOnlyStillHasALength() {
		Axis axis = covering("0", "0");
		assertThat(axis.min()).isEqualByComparingTo("0");
		assertThat(axis.max()).isEqualByComparingTo("1");
		assertThat(labels(axis)).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
	}

	@Test
	void largeCountsGetPlainDigitsNeverAnExponent() {
		assertThat(labels(covering("0", "1931340"))).containsExactly("0", "500000", "1000000", "1500000", "2000000");
	}

	@Test
	void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
		assertThat(Axis.roundStep(new BigDecimal("20"))).isEqualByComparingTo("20");
		assertThat(Axis.roundStep(new BigDecimal("21"))).isEqualByComparingTo("50");
		assertThat(Axis.roundStep(new BigDecimal("3.86"))).isEqualByComparingTo("5");
		assertThat(Axis.roundStep(new BigDecimal("0.35"))).isEqualByComparingTo("0.5");
		assertThat(Axis.roundStep(new BigDecimal("0.07"))).isEqualByComparingTo("0.1");
		assertThat(Axis.roundStep(new BigDecimal("1"))).isEqualByComparingTo("1");
		assertThat(Axis.roundStep(new BigDecimal("6"))).isEqualByComparingTo("10");
	}

	@Test
	void anAxisThatDoesNotReachZeroIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Axis(BigDecimal.TEN, new BigDecimal("100"), BigDecimal.TEN));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Axis(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE));
	}

}
