package org.schoolstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schoolstats.registry.SchoolType;
import org.schoolstats.submission.Stage;

/** Contract sections 1 (trimming, codes in lower case) and 3/3.5 (formula protection, cutting, quoting, byte order). */
class CellsTest {

	private static final String EMOJI = "\uD83D\uDE00"; // U+1F600, two UTF-16 units

	private static final String EXT_B = "\uD840\uDC00"; // U+20000, CJK Extension B

	private final Locale defaultLocale = Locale.getDefault();

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(this.defaultLocale);
	}

	@Test
	void trimsSpaceTabNoBreakSpaceAndIdeographicSpace() {
		assertThat(Cells.trim(" \t\u00A0\u3000a b\u3000\u00A0\t ")).isEqualTo("a b");
	}

	@Test
	void keepsInnerSpacesWhenTrimming() {
		assertThat(Cells.trim("\u3000First\u3000Primary\u00A0School ")).isEqualTo("First\u3000Primary\u00A0School");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0001", "\u000B", "\u001F", "\n", "\r", "\f", "\u0000", "\u2003", "\u2002", "\u200B",
			"\u202F", "\u2007", "\u3164", "\uFEFF" })
	void doesNotTrimControlCharactersOrOtherSpaces(String other) {
		assertThat(Cells.trim(other + "a" + other)).isEqualTo(other + "a" + other);
		assertThat(Cells.isEmpty(other)).isFalse();
	}

	@Test
	void emptyMeansEmptyAfterTrimming() {
		assertThat(Cells.isEmpty(" \t\u00A0\u3000")).isTrue();
		assertThat(Cells.isEmpty("")).isTrue();
		assertThat(Cells.isEmpty(" 0 ")).isFalse();
	}

	@Test
	void lowerCasesCodesWithRootLocaleEvenUnderTurkishDefault() {
		Locale.setDefault(new Locale("tr"));
		assertThat(Cells.lower("PRIMARY")).isEqualTo("primary");
		assertThat(Cells.lower("MIGRANT_CHILDREN")).isEqualTo("migrant_children");
		assertThat(Codes.parse(SchoolType.class, "JUNIOR_SECONDARY")).isEqualTo(SchoolType.JUNIOR_SECONDARY);
		assertThat(Codes.isListed(Stage.class, " PRIMARY\u3000")).isTrue();
	}

	@Test
	void codesMatchInLowerCaseNotByEqualsIgnoreCase() {
		// equalsIgnoreCase would take the long s (U+017F) for an s; lower-case comparison does not
		assertThat("\u017Fenior".equalsIgnoreCase("senior")).as("precondition: equalsIgnoreCase matches the long s")
			.isTrue();
		assertThat(Codes.isListed(Stage.class, "\u017Fenior")).isFalse();
		assertThat(Codes.parse(Stage.class, "SeNiOr")).isEqualTo(Stage.SENIOR);
	}

	@Test
	void cutCountsCodePointsAndNeverSplitsASurrogatePair() {
		assertThat(Cells.cut("a" + EMOJI + EXT_B + "b", 2)).isEqualTo("a" + EMOJI);
		assertThat(Cells.cut(EMOJI.repeat(70), 64)).isEqualTo(EMOJI.repeat(64));
		assertThat(Cells.cut(EXT_B.repeat(64), 64)).isEqualTo(EXT_B.repeat(64));
		assertThat(Cells.cut("x" + EXT_B.repeat(64), 64)).isEqualTo("x" + EXT_B.repeat(63));
		assertThat(Cells.cut("short", 64)).isEqualTo("short");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=SUM(A1)", "+86 10", "-1", "@cmd", "=", "-" })
	void protectsCellsStartingWithFormulaCharacters(String text) {
		assertThat(Cells.protect(text)).isEqualTo("'" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "a=1", "1-2", "'=1", "#1", " =1", "\uFF1D1", "\uFF0B1", "\uFF201", "S1", "\u4E2D" })
	void doesNotProtectOtherCells(String text) {
		assertThat(Cells.protect(text)).isEqualTo(text);
	}

	@Test
	void quoteHoldsAtMostOneHundredCharacters() {
		assertThat(quoted(Cells.quote("a".repeat(100)))).isEqualTo("a".repeat(100));
		assertThat(quoted(Cells.quote("a".repeat(101)))).isEqualTo("a".repeat(100));
		assertThat(Cells.quote("a".repeat(5000)).length()).isLessThan(110);
	}

	@Test
	void quoteCountsCodePointsNotUtf16Units() {
		assertThat(quoted(Cells.quote(EMOJI.repeat(150)))).isEqualTo(EMOJI.repeat(100));
		assertThat(quoted(Cells.quote(EXT_B.repeat(100)))).isEqualTo(EXT_B.repeat(100));
	}

	@Test
	void sortsByUnsignedUtf8Bytes() {
		List<String> values = new ArrayList<>(List.of("\u4E2D", "\u00E9", "a", "Z", "\uFF21", EMOJI, "A1", "A"));
		values.sort(Cells.UTF8_ORDER);
		assertThat(values).containsExactly("A", "A1", "Z", "a", "\u00E9", "\u4E2D", "\uFF21", EMOJI);
	}

	@Test
	void byteOrderDiffersFromStringCompareToAboveTheSurrogates() {
		// UTF-16 puts the surrogate 0xD83D before 0xFF21; UTF-8 puts EF BC A1 before F0 9F 98 80
		assertThat("\uFF21".compareTo(EMOJI)).isPositive();
		assertThat(Cells.UTF8_ORDER.compare("\uFF21", EMOJI)).isNegative();
		assertThat(Cells.UTF8_ORDER.compare(EMOJI, "\uFF21")).isPositive();
		assertThat(Cells.UTF8_ORDER.compare("\u00E9", "\u00E9")).isZero();
	}

	/** The text between the first and the last double quote of a quoted detail value. */
	private static String quoted(String quote) {
		return quote.substring(quote.indexOf('"') + 1, quote.lastIndexOf('"'));
	}

}
