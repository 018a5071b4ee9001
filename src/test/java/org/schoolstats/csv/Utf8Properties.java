package org.schoolstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Contract section 1 (encodings): a file is UTF-8 exactly when the JDK's decoder, asked to report errors, decodes it,
 * and the first bad byte named in a BAD_ENCODING detail is the one the decoder stops at, however long the ASCII runs
 * before it are (the check passes over ASCII eight bytes at a time).
 */
class Utf8Properties {

	@Property(tries = 2000)
	void firstInvalidByteIsWhereTheJdkDecoderStops(@ForAll("mostlyAsciiBytes") byte[] bytes) {
		assertThat(Utf8.firstInvalid(bytes, bytes.length)).isEqualTo(jdkFirstInvalid(bytes));
	}

	@Property(tries = 500)
	void onlyTheFirstNBytesAreChecked(@ForAll("mostlyAsciiBytes") byte[] bytes) {
		byte[] padded = new byte[bytes.length + 9];
		System.arraycopy(bytes, 0, padded, 0, bytes.length);
		padded[bytes.length] = (byte) 0xFF; // never valid UTF-8: only seen if the check reads past n
		assertThat(Utf8.firstInvalid(padded, bytes.length)).isEqualTo(jdkFirstInvalid(bytes));
	}

	@Provide
	Arbitrary<byte[]> mostlyAsciiBytes() {
		Arbitrary<byte[]> ascii = Arbitraries.bytes().between((byte) 0, (byte) 0x7F).array(byte[].class).ofMaxSize(40);
		Arbitrary<byte[]> chinese = Arbitraries.strings()
			.withCharRange('\u4E00', '\u9FA5')
			.ofMaxLength(4)
			.map((text) -> text.getBytes(StandardCharsets.UTF_8));
		Arbitrary<byte[]> anyBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(4);
		return Arbitraries.frequencyOf(Tuple.of(6, ascii), Tuple.of(3, chinese), Tuple.of(1, anyBytes))
			.list()
			.ofMaxSize(8)
			.map(Utf8Properties::concat);
	}

	private static byte[] concat(java.util.List<byte[]> parts) {
		int length = parts.stream().mapToInt((part) -> part.length).sum();
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	private static int jdkFirstInvalid(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		return result.isError() ? in.position() : -1;
	}

}
