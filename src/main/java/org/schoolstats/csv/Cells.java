package org.schoolstats.csv;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;

/** Value rules shared by every file of the contract: trimming, lower-casing codes, cutting and formula protection (sections 1 and 3). */
public final class Cells {

	/**
	 * Sorting of paths and codes is by the unsigned bytes of their UTF-8 form (section 3.5), which is the order of
	 * their code points: compared char by char without encoding, surrogates moved above U+E000–U+FFFF.
	 */
	public static final Comparator<String> UTF8_ORDER = Cells::compareUtf8;

	private static int compareUtf8(String a, String b) {
		int length = Math.min(a.length(), b.length());
		for (int i = 0; i < length; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				if (x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE) {
					return codePointOrder(x) - codePointOrder(y);
				}
				return x - y;
			}
		}
		return a.length() - b.length();
	}

	/** A char at or above U+D800 placed so that surrogates (code points above U+FFFF) sort after U+FFFF. */
	private static int codePointOrder(char c) {
		return c >= 0xE000 ? c - 0x800 : c + 0x2000;
	}

	private Cells() {
	}

	/**
	 * Trims exactly the contract's set: space, tab, no-break space (U+00A0) and ideographic space (U+3000).
	 * {@link String#trim()} would also eat control characters and {@link String#strip()} keeps U+00A0.
	 */
	public static String trim(String value) {
		if (value == null) {
			return "";
		}
		int start = 0;
		int end = value.length();
		while (start < end && isTrimmed(value.charAt(start))) {
			start++;
		}
		while (end > start && isTrimmed(value.charAt(end - 1))) {
			end--;
		}
		return (start == 0 && end == value.length()) ? value : value.substring(start, end);
	}

	private static boolean isTrimmed(char c) {
		return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000';
	}

	/** "Empty" means empty after trimming. */
	public static boolean isEmpty(String value) {
		return trim(value).isEmpty();
	}

	/** Codes compare in lower case; {@link Locale#ROOT} so that a Turkish locale does not turn I into dotless ı. */
	public static String lower(String value) {
		return value.toLowerCase(Locale.ROOT);
	}

	/** The first {@code max} code points of a value, never splitting a surrogate pair. */
	public static String cut(String value, int max) {
		if (value.codePointCount(0, value.length()) <= max) {
			return value;
		}
		return value.substring(0, value.offsetByCodePoints(0, max));
	}

	/** Longer than any real value; beyond it a value is kept as its beginning and a fingerprint (see {@link #compact}). */
	public static final int COMPACT_OVER = 1000;

	/**
	 * A value, trimmed, kept short enough that many records can wait in memory together: a value of more than
	 * {@value #COMPACT_OVER} characters stands in as its first 100 code points, a NUL and the SHA-256 of the whole.
	 * Every rule gives the same outcome on it (no count, code or date is that long; the registry has no such code),
	 * a detail quotes the same first 100 characters, and two values are equal exactly when their compact forms are.
	 */
	public static String compact(String value) {
		String trimmed = trim(value);
		if (trimmed.length() <= COMPACT_OVER) {
			return trimmed;
		}
		return cut(trimmed, 100) + "\u0000sha256:" + TextFile.sha256(trimmed.getBytes(StandardCharsets.UTF_8));
	}

	/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe (section 3). */
	public static String protect(String text) {
		if (!text.isEmpty()) {
			char first = text.charAt(0);
			if (first == '=' || first == '+' || first == '-' || first == '@') {
				return "'" + text;
			}
		}
		return text;
	}

	/** A value quoted in a reject or finding detail: at most 100 characters of it (section 3.5). */
	public static String quote(String value) {
		String cut = cut(value, 100);
		return "\"" + cut + "\"" + (cut.length() < value.length() ? "…" : "");
	}

}
