package org.schoolstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Contract sections 1 (trimming) and 3.5 (cutting by code points, byte order of UTF-8), for any text. */
class CellsProperties {

	@Property
	void cutNeverLeavesALoneSurrogate(@ForAll("text") String value, @ForAll @IntRange(min = 0, max = 80) int max) {
		String cut = Cells.cut(value, max);
		assertThat(value).startsWith(cut);
		assertThat(cut.codePointCount(0, cut.length())).isEqualTo(Math.min(max, value.codePointCount(0, value.length())));
		assertThat(cut.codePoints().noneMatch((cp) -> cp >= 0xD800 && cp <= 0xDFFF)).isTrue();
	}

	@Property
	void trimIsIdempotentAndLeavesNoTrimmedCharacterAtEitherEnd(@ForAll("paddedText") String value) {
		String trimmed = Cells.trim(value);
		assertThat(Cells.trim(trimmed)).isEqualTo(trimmed);
		assertThat(value).contains(trimmed);
		if (!trimmed.isEmpty()) {
			assertThat(" \t\u00A0\u3000".indexOf(trimmed.charAt(0))).isNegative();
			assertThat(" \t\u00A0\u3000".indexOf(trimmed.charAt(trimmed.length() - 1))).isNegative();
		}
	}

	@Property
	void utf8ByteOrderIsCodePointOrder(@ForAll("text") String a, @ForAll("text") String b) {
		int expected = Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
		int bytes = Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
		assertThat(Integer.signum(Cells.UTF8_ORDER.compare(a, b))).isEqualTo(Integer.signum(expected))
			.isEqualTo(Integer.signum(bytes));
	}

	@Provide
	Arbitrary<String> text() {
		return codePoints().list().ofMaxSize(90).map(CellsProperties::fromCodePoints);
	}

	@Provide
	Arbitrary<String> paddedText() {
		Arbitrary<String> padding = Arbitraries.of(" ", "\t", "\u00A0", "\u3000", "\n", "\u0001", "\u2003")
			.list()
			.ofMaxSize(4)
			.map((parts) -> String.join("", parts));
		return Arbitraries.strings().withChars("ab \t\u00A0\u3000\u4E2D").ofMaxLength(6)
			.flatMap((core) -> padding.flatMap((left) -> padding.map((right) -> left + core + right)));
	}

	/** Valid code points, weighted towards the ones that matter here: ASCII, the trimmed spaces, CJK and astral. */
	static Arbitrary<Integer> codePoints() {
		return Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
				net.jqwik.api.Tuple.of(1, Arbitraries.of(0x09, 0xA0, 0x3000, 0xE9, 0xE000, 0xF8FF, 0xFF21, 0xFEFF, 0xFFFD)),
				net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x4E00, 0x9FFF)),
				net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)),
				net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 0xFFFF)
					.filter((cp) -> cp < 0xD800 || cp > 0xDFFF)));
	}

	static String fromCodePoints(List<Integer> codePoints) {
		StringBuilder text = new StringBuilder();
		codePoints.forEach(text::appendCodePoint);
		return text.toString();
	}

}
