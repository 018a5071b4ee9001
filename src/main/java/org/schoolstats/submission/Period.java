package org.schoolstats.submission;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reporting period: {@code YYYY}, {@code YYYY-H1} or {@code YYYY-H2}, both ends inclusive (section 1.5). */
public record Period(String label, LocalDate first, LocalDate last) {

	private static final Pattern FORM = Pattern.compile("([0-9]{4})(-H[12])?");

	/**
	 * @throws IllegalArgumentException with a sentence for the user when the text is not a period
	 */
	public static Period parse(String text) {
		Matcher matcher = FORM.matcher(text == null ? "" : text);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("the period \"" + text
					+ "\" is not YYYY, YYYY-H1 or YYYY-H2 (for example 2024 or 2024-H1)");
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year < 1900 || year > 2100) {
			throw new IllegalArgumentException("the period \"" + text + "\" is outside the years 1900 to 2100");
		}
		String half = matcher.group(2);
		if (half == null) {
			return new Period(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}
		if (half.equals("-H1")) {
			return new Period(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
		}
		return new Period(text, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.first) && !date.isAfter(this.last);
	}

	public int year() {
		return this.first.getYear();
	}

	/** 0 for a whole year, 1 or 2 for a half. */
	public int half() {
		if (this.label.endsWith("-H1")) {
			return 1;
		}
		return this.label.endsWith("-H2") ? 2 : 0;
	}

	/** The same period one year earlier: {@code 2023} for {@code 2024}, {@code 2023-H1} for {@code 2024-H1}. */
	public Period yearEarlier() {
		return parse((year() - 1) + this.label.substring(4));
	}

	@Override
	public String toString() {
		return this.label;
	}

}
