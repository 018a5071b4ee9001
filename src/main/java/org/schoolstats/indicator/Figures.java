package org.schoolstats.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How figures are printed (section 3.1): ratios and percentages computed exactly and rounded half-up to one decimal,
 * always with one decimal, empty when the denominator is 0; counts as plain integers. No {@code double} anywhere.
 */
public final class Figures {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Figures() {
	}

	/** part / whole × 100, or empty when whole is 0. */
	public static String percent(long part, long whole) {
		return whole == 0 ? "" : print(BigDecimal.valueOf(part).multiply(HUNDRED), BigDecimal.valueOf(whole));
	}

	/** numerator / denominator, or empty when the denominator is 0. */
	public static String ratio(long numerator, long denominator) {
		return denominator == 0 ? "" : print(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
	}

	/** Hours kept in hundredths, rounded half-up to one decimal. */
	public static String hours(long hundredths) {
		return BigDecimal.valueOf(hundredths, 2).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	/** The unrounded sum of hours (in hundredths) per person, or empty when there is nobody. */
	public static String hoursPer(long hundredths, long people) {
		return people == 0 ? "" : print(BigDecimal.valueOf(hundredths, 2), BigDecimal.valueOf(people));
	}

	private static String print(BigDecimal numerator, BigDecimal denominator) {
		return numerator.divide(denominator, 1, RoundingMode.HALF_UP).toPlainString();
	}

}
