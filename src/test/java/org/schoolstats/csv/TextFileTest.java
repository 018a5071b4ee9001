package org.schoolstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.StrictDecoding;

/** Contract section 1, "Encoding": UTF-8 with or without a byte-order mark, else GB18030, else not read. */
class TextFileTest {

	private static final Charset GBK = Charset.forName("GBK");

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** More than the 64 KB that the reader takes at a time. */
	private static final int BEYOND_FIRST_BUFFER = 64 * 1024 + 4_000;

	@TempDir
	Path temp;

	@Test
	void readsUtf8WithoutByteOrderMark() throws IOException {
		Path file = write("school_code,\u4E2D\u6587\n");
		TextFile.Inspection inspection = TextFile.inspect(file);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UTF_8);
		assertThat(inspection.encoding().label()).isEqualTo("UTF-8");
		assertThat(inspection.problem()).isNull();
		assertThat(decoded(file, inspection)).isEqualTo("school_code,\u4E2D\u6587\n");
	}

	@Test
	void removesUtf8ByteOrderMarkFromDecodedText() throws IOException {
		Path file = write(concat(UTF8_BOM, "school_code,stage\n".getBytes(StandardCharsets.UTF_8)));
		TextFile.Inspection inspection = TextFile.inspect(file);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UTF_8);
		assertThat(decoded(file, inspection)).isEqualTo("school_code,stage\n");
	}

	@Test
	void aFileOpenedWhileAnotherIsOpenOnTheSameThreadLeavesItsTextIntact() throws IOException {
		// A step may load the registry on a worker thread that has a return open: both must read their own text.
		Path first = write("school_code,\u4E2D\u6587\nS001,\u5C0F\u5B66\n");
		Path second = Files.write(this.temp.resolve("second.csv"), "code\nX\n".getBytes(StandardCharsets.UTF_8));
		try (Reader reader = TextFile.open(first, TextEncoding.UTF_8)) {
			char[] start = new char[5];
			assertThat(reader.read(start)).isEqualTo(5);
			try (Reader other = TextFile.open(second, TextEncoding.UTF_8)) {
				assertThat(readAll(other)).isEqualTo("code\nX\n");
			}
			assertThat(new String(start) + readAll(reader)).isEqualTo("school_code,\u4E2D\u6587\nS001,\u5C0F\u5B66\n");
		}
		try (Reader again = TextFile.open(second, TextEncoding.UTF_8)) {
			assertThat(readAll(again)).isEqualTo("code\nX\n");
		}
	}

	private static String readAll(Reader reader) throws IOException {
		StringWriter text = new StringWriter();
		reader.transferTo(text);
		return text.toString();
	}

	@Test
	void removesOnlyOneLeadingByteOrderMark() throws IOException {
		Path file = write(concat(UTF8_BOM, "\uFEFFa\uFEFF\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(decoded(file, TextFile.inspect(file))).isEqualTo("\uFEFFa\uFEFF\n");
	}

	@Test
	void readsGbkBytesAsGb18030() throws IOException {
		String text = "school_code,county_name\nS1,\u6C5D\u5357\u53BF\u7B2C\u4E00\u5C0F\u5B66\n";
		byte[] bytes = text.getBytes(GBK);
		assertThat(StrictDecoding.decodes(bytes, StandardCharsets.UTF_8)).as("precondition: not UTF-8").isFalse();
		Path file = write(bytes);
		TextFile.Inspection inspection = TextFile.inspect(file);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.GB18030);
		assertThat(inspection.encoding().label()).isEqualTo("GB18030");
		assertThat(inspection.problem()).isNull();
		assertThat(decoded(file, inspection)).isEqualTo(text);
	}

	@Test
	void readsGb18030FourByteCharacters() throws IOException {
		String text = "S1,\u20AC\u00E9\uD840\uDC00\n"; // four-byte GB18030 sequences, outside GBK
		Path file = write(text.getBytes(GB18030));
		TextFile.Inspection inspection = TextFile.inspect(file);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.GB18030);
		assertThat(decoded(file, inspection)).isEqualTo(text);
	}

	@Test
	void removesGb18030EncodedByteOrderMark() throws IOException {
		byte[] bom = { (byte) 0x84, 0x31, (byte) 0x95, 0x33 };
		assertThat(bom).isEqualTo("\uFEFF".getBytes(GB18030));
		Path file = write(concat(bom, "school_code,\u6C5D\u5357\u53BF\n".getBytes(GBK)));
		TextFile.Inspection inspection = TextFile.inspect(file);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.GB18030);
		assertThat(decoded(file, inspection)).isEqualTo("school_code,\u6C5D\u5357\u53BF\n");
	}

	@Test
	void utf16LittleEndianByteOrderMarkIsUnknownWithAdviceHowToSave() throws IOException {
		Path file = write(concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				"school_code,stage\n".getBytes(StandardCharsets.UTF_16LE)));
		TextFile.Inspection inspection = TextFile.inspect(file);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UNKNOWN);
		assertThat(inspection.encoding().label()).isEqualTo("UNKNOWN");
		assertThat(inspection.problem()).contains("CSV UTF-8");
	}

	@Test
	void utf16BigEndianByteOrderMarkIsUnknownWithAdviceHowToSave() throws IOException {
		Path file = write(concat(new byte[] { (byte) 0xFE, (byte) 0xFF },
				"school_code,stage\n".getBytes(StandardCharsets.UTF_16BE)));
		TextFile.Inspection inspection = TextFile.inspect(file);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UNKNOWN);
		assertThat(inspection.problem()).contains("CSV UTF-8");
	}

	@Test
	void utf8ByteOrderMarkFollowedByInvalidUtf8IsUnknown() throws IOException {
		byte[] bytes = concat(UTF8_BOM, "a\u6C5D\u5357\u53BF\n".getBytes(GBK));
		assertThat(StrictDecoding.decodes(bytes, GB18030)).as("precondition: the whole file would decode as GB18030")
			.isTrue();
		Path file = write(bytes);
		TextFile.Inspection inspection = TextFile.inspect(file);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UNKNOWN);
		assertThat(inspection.problem()).contains("CSV UTF-8");
	}

	@Test
	void bytesValidInNeitherEncodingAreUnknown() throws IOException {
		byte[] bytes = concat("school_code\nS1,".getBytes(StandardCharsets.US_ASCII),
				new byte[] { (byte) 0xFF, (byte) 0xFF, '\n' });
		Path file = write(bytes);
		TextFile.Inspection inspection = TextFile.inspect(file);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UNKNOWN);
		assertThat(inspection.problem()).contains("CSV UTF-8");
	}

	@Test
	void fileTruncatedInTheMiddleOfAMultiByteCharacterIsUnknown() throws IOException {
		byte[] gbk = "S1,\u6C5D\u5357\u53BF".getBytes(GBK);
		byte[] truncated = Arrays.copyOf(gbk, gbk.length - 1); // ends in the first byte of a GBK pair
		Path file = write(truncated);
		assertThat(TextFile.inspect(file).encoding()).isEqualTo(TextEncoding.UNKNOWN);
	}

	@Test
	void utf8FileTruncatedInTheMiddleOfACharacterIsNotUtf8() throws IOException {
		byte[] utf8 = "S1,\u4E2D".getBytes(StandardCharsets.UTF_8);
		Path file = write(concat(UTF8_BOM, Arrays.copyOf(utf8, utf8.length - 1)));
		assertThat(TextFile.inspect(file).encoding()).isEqualTo(TextEncoding.UNKNOWN);
		Path lone = write(concat("S1,".getBytes(StandardCharsets.US_ASCII), new byte[] { (byte) 0xE4 }));
		assertThat(TextFile.inspect(lone).encoding()).isEqualTo(TextEncoding.UNKNOWN);
	}

	@Test
	void nulBytesAreValidText() throws IOException {
		Path file = write("a,\u0000b\n");
		TextFile.Inspection inspection = TextFile.inspect(file);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UTF_8);
		assertThat(decoded(file, inspection)).isEqualTo("a,\u0000b\n");
	}

	@Test
	void emptyFileIsUtf8WithNoText() throws IOException {
		Path file = write(new byte[0]);
		TextFile.Inspection inspection = TextFile.inspect(file);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UTF_8);
		assertThat(inspection.bytes()).isZero();
		assertThat(inspection.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(decoded(file, inspection)).isEmpty();
	}

	@Test
	void byteOrderMarkOnlyFileHasNoText() throws IOException {
		Path file = write(UTF8_BOM);
		TextFile.Inspection inspection = TextFile.inspect(file);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UTF_8);
		assertThat(decoded(file, inspection)).isEmpty();
	}

	@Test
	void sha256IsLowerCaseHexOfTheFileBytes() throws Exception {
		Path abc = write("abc");
		assertThat(TextFile.inspect(abc).sha256())
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		byte[] bytes = bigFile(200_000, null);
		Path big = write(bytes);
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		assertThat(TextFile.inspect(big).sha256()).isEqualTo(expected);
		assertThat(TextFile.sha256(big)).isEqualTo(expected);
		assertThat(TextFile.inspect(big).bytes()).isEqualTo(bytes.length);
	}

	@Test
	void invalidByteAfterTheFirstBufferMakesTheFileUnknown() throws IOException {
		byte[] bytes = bigFile(BEYOND_FIRST_BUFFER, new byte[] { (byte) 0xFF, (byte) 0xFF });
		TextFile.Inspection inspection = TextFile.inspect(write(bytes));
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UNKNOWN);
		assertThat(inspection.problem()).contains("byte " + (BEYOND_FIRST_BUFFER + 1) + " ");
	}

	@Test
	void gbkCharacterAfterTheFirstBufferMakesTheFileGb18030() throws IOException {
		byte[] bytes = bigFile(BEYOND_FIRST_BUFFER, "\u6C5D\u5357\u53BF\n".getBytes(GBK));
		Path file = write(bytes);
		TextFile.Inspection inspection = TextFile.inspect(file);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.GB18030);
		assertThat(decoded(file, inspection)).endsWith("\u6C5D\u5357\u53BF\n");
	}

	@Test
	void multiByteCharactersAcrossTheBufferBoundaryStayValid() throws IOException {
		for (int shift = 0; shift < 4; shift++) {
			byte[] utf8 = bigFile(64 * 1024 - 3 + shift, ("\u4E2D\uD840\uDC00\u00E9\n").getBytes(StandardCharsets.UTF_8));
			assertThat(TextFile.inspect(write(utf8)).encoding()).as("UTF-8 shifted by " + shift)
				.isEqualTo(TextEncoding.UTF_8);
			byte[] gb = bigFile(64 * 1024 - 3 + shift, ("\u6C5D\u5357\uD840\uDC00\n").getBytes(GB18030));
			assertThat(TextFile.inspect(write(gb)).encoding()).as("GB18030 shifted by " + shift)
				.isEqualTo(TextEncoding.GB18030);
		}
	}

	// Files over 1 MB are streamed, not read whole: the same decisions, made on the way

	private static final int STREAMED = 1024 * 1024 + 4_000;

	@Test
	void streamedFileDecidesLikeAFileReadWhole() throws IOException {
		byte[] utf8 = bigFile(STREAMED, "\u6C5D\u5357\u53BF\n".getBytes(StandardCharsets.UTF_8));
		Path utf8File = write(utf8);
		TextFile.Inspection inspection = TextFile.inspect(utf8File);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UTF_8);
		assertThat(inspection.bytes()).isEqualTo(utf8.length);
		assertThat(decoded(utf8File, inspection)).endsWith("\u6C5D\u5357\u53BF\n");

		Path gbk = write(bigFile(STREAMED, "\u6C5D\u5357\u53BF\n".getBytes(GBK)));
		assertThat(TextFile.inspect(gbk).encoding()).isEqualTo(TextEncoding.GB18030);
		assertThat(decoded(gbk, TextFile.inspect(gbk))).endsWith("\u6C5D\u5357\u53BF\n");
	}

	@Test
	void streamedFileValidInNeitherEncodingIsUnknownNamingTheFirstBadByte() throws IOException {
		TextFile.Inspection inspection = TextFile
			.inspect(write(bigFile(STREAMED, new byte[] { (byte) 0xFF, (byte) 0xFF })));
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UNKNOWN);
		assertThat(inspection.problem()).contains("byte " + (STREAMED + 1) + " ").contains("CSV UTF-8");
	}

	@Test
	void streamedUtf8ByteOrderMarkFollowedByInvalidUtf8IsUnknown() throws IOException {
		byte[] bytes = concat(UTF8_BOM, bigFile(STREAMED, "\u6C5D\u5357\u53BF\n".getBytes(GBK)));
		TextFile.Inspection inspection = TextFile.inspect(write(bytes));
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UNKNOWN);
		assertThat(inspection.problem()).contains("byte-order mark").contains("byte " + (3 + STREAMED + 1) + " ");
	}

	@Test
	void streamedUtf16FileIsUnknownWithAdviceHowToSave() throws IOException {
		byte[] text = "S1,primary,1,2,3\n".repeat(STREAMED / 17 / 2).getBytes(StandardCharsets.UTF_16LE);
		TextFile.Inspection inspection = TextFile.inspect(write(concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text)));
		assertThat(text.length).isGreaterThan(1024 * 1024);
		assertThat(inspection.encoding()).isEqualTo(TextEncoding.UNKNOWN);
		assertThat(inspection.problem()).contains("UTF-16").contains("CSV UTF-8");
	}

	/** ASCII CSV lines up to exactly {@code asciiLength} bytes, then the tail. */
	private static byte[] bigFile(int asciiLength, byte[] tail) {
		byte[] ascii = new byte[asciiLength];
		byte[] line = "S1,primary,1,2,3\n".getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < asciiLength; i++) {
			ascii[i] = line[i % line.length];
		}
		return tail == null ? ascii : concat(ascii, tail);
	}

	private Path write(String text) throws IOException {
		return write(text.getBytes(StandardCharsets.UTF_8));
	}

	private Path write(byte[] bytes) throws IOException {
		Path file = Files.createTempFile(this.temp, "f", ".csv");
		Files.write(file, bytes);
		return file;
	}

	private static String decoded(Path file, TextFile.Inspection inspection) throws IOException {
		StringWriter text = new StringWriter();
		try (Reader reader = TextFile.open(file, inspection.encoding())) {
			reader.transferTo(text);
		}
		return text.toString();
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
