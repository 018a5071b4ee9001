package org.schoolstats.submission;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The value rules of sections 1.2 to 1.4, matched on ASCII patterns before any conversion: the JDK's parsers
 * accept full-width digits, signs, exponents and impossible dates that the contract rejects.
 */
public final class ValueRules {

	private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");

	private static final Pattern HOURS = Pattern.compile("([0-9]+)(\\.([0-9]{1,2}))?");

	private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

	/** 1000 hours, in hundredths. */
	private static final long MAX_HOURS = 100_000;

	private ValueRules() {
	}

	/** A count: digits only ({@code 0}-{@code 9}, at most 9 of them); no sign, point or separator. */
	public static boolean isCount(String value) {
		return COUNT.matcher(value).matches();
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
		var matcher = HOURS.matcher(value);
		if (!matcher.matches()) {
			return -1;
		}
		String whole = matcher.group(1).replaceFirst("^0+(?=.)", "");
		if (whole.length() > 4) {
			return -1;
		}
		String fraction = matcher.group(3) == null ? "" : matcher.group(3);
		long hundredths = Long.parseLong(whole) * 100 + (fraction.isEmpty() ? 0
				: Integer.parseInt(fraction.length() == 1 ? fraction + "0" : fraction));
		return hundredths <= MAX_HOURS ? hundredths : -1;
	}

	/** A real calendar date written {@code YYYY-MM-DD} with a year from 1900 to 2100; {@code null} otherwise. */
	public static LocalDate date(String value) {
		var matcher = DATE.matcher(value);
		if (!matcher.matches()) {
			return null;
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year < 1900 || year > 2100) {
			return null;
		}
		try {
			return LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
