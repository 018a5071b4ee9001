package org.schoolstats.publish.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The value axis of a chart on {@code report.html} (section 3.9): from a round number at or below zero to a round
 * number at or above zero, so that every bar starts at zero and an axis over negative and positive values runs
 * through zero, with ticks at a round step (1, 2 or 5 times a power of ten).
 */
public record Axis(BigDecimal min, BigDecimal max, BigDecimal step) {

	private static final int[] ROUND = { 1, 2, 5, 10 };

	public Axis {
		if (min.signum() > 0 || max.signum() < 0 || min.compareTo(max) >= 0 || step.signum() <= 0) {
			throw new IllegalArgumentException("An axis runs from zero or below to zero or above, and is not empty: "
					+ min.toPlainString() + " to " + max.toPlainString());
		}
	}

	/**
	 * The axis over every value given and zero, divided into at most about {@code intervals} steps.
	 * @param lowest the lowest value to show, or anything above zero when none is lower
	 * @param highest the highest value to show; at least this is covered
	 */
	public static Axis covering(BigDecimal lowest, BigDecimal highest, int intervals) {
		BigDecimal low = lowest.min(BigDecimal.ZERO);
		BigDecimal high = highest.max(BigDecimal.ZERO);
		if (low.compareTo(high) == 0) {
			high = BigDecimal.ONE; // nothing but zeros: an axis still needs a length
		}
		BigDecimal step = roundStep(high.subtract(low).divide(BigDecimal.valueOf(intervals), MathContext.DECIMAL64));
		BigDecimal min = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
		BigDecimal max = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
		return new Axis(min, max, step);
	}

	/** The smallest of 1, 2, 5 or 10 times a power of ten that is at least the given (positive) step. */
	static BigDecimal roundStep(BigDecimal raw) {
		int exponent = raw.precision() - raw.scale() - 1; // the power of ten of the first digit
		BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
		for (int round : ROUND) {
			BigDecimal step = power.multiply(BigDecimal.valueOf(round));
			if (step.compareTo(raw) >= 0) {
				return step;
			}
		}
		throw new IllegalStateException("unreachable: ten times the first digit's power exceeds " + raw);
	}

	/** The ticks from {@link #min} to {@link #max}, one every {@link #step}. */
	public List<BigDecimal> ticks() {
		List<BigDecimal> ticks = new ArrayList<>();
		for (BigDecimal tick = this.min; tick.compareTo(this.max) <= 0; tick = tick.add(this.step)) {
			ticks.add(tick);
		}
		return ticks;
	}

	/** Where a value lies between {@link #min} (0) and {@link #max} (1). */
	public double fraction(BigDecimal value) {
		return value.subtract(this.min).doubleValue() / this.max.subtract(this.min).doubleValue();
	}

	/** A tick as it is printed: plain digits, no trailing zeros, {@code 0} for zero. */
	public static String label(BigDecimal tick) {
		return tick.signum() == 0 ? "0" : tick.stripTrailingZeros().toPlainString();
	}

}
