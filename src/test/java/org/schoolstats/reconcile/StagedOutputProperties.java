package org.schoolstats.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Contract section 2: staging keeps every character of a value. Values are staged as the bytes
 * {@code String.getBytes(UTF_8)} gives (lone surrogates included) after their length, one after the other.
 */
class StagedOutputProperties {

	@Property(tries = 1000)
	void valuesAreStagedAsTheirUtf8BytesAfterTheirLength(@ForAll("values") List<String> values) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (StagedOutput out = StagedOutput.to(bytes)) {
			for (String value : values) {
				out.writeString(value);
			}
		}
		ByteBuffer staged = ByteBuffer.wrap(bytes.toByteArray());
		for (String value : values) {
			byte[] expected = value.getBytes(StandardCharsets.UTF_8);
			assertThat(staged.getInt()).isEqualTo(expected.length);
			byte[] actual = new byte[expected.length];
			staged.get(actual);
			assertThat(Arrays.equals(actual, expected)).as("bytes of %s", value).isTrue();
		}
		assertThat(staged.hasRemaining()).isFalse();
	}

	@Provide
	Arbitrary<List<String>> values() {
		Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(30);
		Arbitrary<String> mixed = Arbitraries.strings()
			.withCharRange('\u0000', '\u00FF')
			.withCharRange('\u4E00', '\u9FA5')
			.withCharRange('\uD800', '\uDFFF')
			.withChars('\u3000', '\uFEFF', '\uFFFD')
			.ofMaxLength(400);
		Arbitrary<String> emoji = Arbitraries.of("\uD83D\uDE00", "a\uD83C\uDFEBb", "\uDE00\uD83D");
		return Arbitraries.oneOf(ascii, mixed, emoji).list().ofMaxSize(12);
	}

}
