package org.schoolstats.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How figures are printed (section 3.1): ratios and percentages computed exactly and rounded half-up (halves away
 * from zero) to one decimal, always with one decimal, empty when the denominator is 0; counts as plain integers;
 * changes since an earlier period from the printed figures (section 3.8). No {@code double} anywhere.
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

	/**
	 * An average for a finding's detail, cut (not rounded) to one decimal, so that it never shows the threshold it is
	 * below: 1319 students in 20 classes is 65.9 per class, under 66, where rounding would print 66.0.
	 */
	public static String averageCut(long numerator, long denominator) {
		return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.DOWN).toPlainString();
	}

	/**
	 * current − previous, from the two printed figures, so that a reader can check it by subtraction (section 3.8):
	 * an integer for counts, one decimal otherwise; empty when either figure is empty. Never {@code -0}: a
	 * {@link BigDecimal} zero has no sign.
	 */
	public static String change(String current, String previous, boolean counts) {
		BigDecimal now = number(current);
		BigDecimal before = number(previous);
		if (now == null || before == null) {
			return "";
		}
		return now.subtract(before).setScale(counts ? 0 : 1, RoundingMode.HALF_UP).toPlainString();
	}

	/** change / previous × 100 to one decimal, halves away from zero; empty when previous is empty or 0. */
	public static String changePercent(String change, String previous) {
		BigDecimal difference = number(change);
		BigDecimal before = number(previous);
		if (difference == null || before == null || before.signum() == 0) {
			return "";
		}
		return difference.multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_UP).toPlainString();
	}

	/** A printed figure as a number; {@code null} for an empty cell or one that is not a plain decimal. */
	static BigDecimal number(String cell) {
		if (cell == null || !cell.matches("-?[0-9]+(\\.[0-9]+)?")) {
			return null;
		}
		return new BigDecimal(cell);
	}

	private static String print(BigDecimal numerator, BigDecimal denominator) {
		return numerator.divide(denominator, 1, RoundingMode.HALF_UP).toPlainString();
	}

}
