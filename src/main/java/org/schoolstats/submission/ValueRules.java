package org.schoolstats.submission;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The value rules of sections 1.2 to 1.4, checked character by character on ASCII before any conversion: the
 * JDK's parsers accept full-width digits, signs, exponents and impossible dates that the contract rejects.
 */
public final class ValueRules {

	/** 1000 hours, in hundredths. */
	private static final long MAX_HOURS = 100_000;

	private ValueRules() {
	}

	/** A count: digits only ({@code 0}-{@code 9}, at most 9 of them); no sign, point or separator. */
	public static boolean isCount(String value) {
		int length = value.length();
		return length >= 1 && length <= 9 && digits(value, 0, length);
	}

	public static int count(String value) {
		return Integer.parseInt(value);
	}

	/** Hours: digits, optionally a point and one or two digits, at most 1000. */
	public static boolean isHours(String value) {
		return hundredths(value) >= 0;
	}

	/** Hours in hundredths of an hour, so that sums stay exact; -1 when the value is not valid hours. */
	public static long hundredths(String value) {
		int point = value.indexOf('.');
		int wholeEnd = point < 0 ? value.length() : point;
		if (wholeEnd == 0 || !digits(value, 0, wholeEnd)) {
			return -1;
		}
		int fractionDigits = point < 0 ? 0 : value.length() - point - 1;
		if (point >= 0 && (fractionDigits < 1 || fractionDigits > 2 || !digits(value, point + 1, value.length()))) {
			return -1;
		}
		int firstSignificant = 0;
		while (firstSignificant < wholeEnd - 1 && value.charAt(firstSignificant) == '0') {
			firstSignificant++;
		}
		if (wholeEnd - firstSignificant > 4) {
			return -1; // more than 9999 hours, whatever the decimals
		}
		long hundredths = Long.parseLong(value, firstSignificant, wholeEnd, 10) * 100;
		if (fractionDigits > 0) {
			int fraction = Integer.parseInt(value, point + 1, value.length(), 10);
			hundredths += fractionDigits == 1 ? fraction * 10 : fraction;
		}
		return hundredths <= MAX_HOURS ? hundredths : -1;
	}

	/** A real calendar date written {@code YYYY-MM-DD} with a year from 1900 to 2100; {@code null} otherwise. */
	public static LocalDate date(String value) {
		if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-' || !digits(value, 0, 4)
				|| !digits(value, 5, 7) || !digits(value, 8, 10)) {
			return null;
		}
		int year = Integer.parseInt(value, 0, 4, 10);
		if (year < 1900 || year > 2100) {
			return null;
		}
		try {
			return LocalDate.of(year, Integer.parseInt(value, 5, 7, 10), Integer.parseInt(value, 8, 10, 10));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** Only ASCII digits: {@link Character#isDigit} would accept full-width and other scripts' digits. */
	private static boolean digits(String value, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

}
