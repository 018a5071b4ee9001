package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.StrictDecoding;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;

import tools.jackson.databind.JsonNode;

/** Contract sections 1, 2 and 3 (whole job): a damaged file completes, its records add up in the manifest, its problems are rejects. */
class DamagedInboxFunctionalTests extends JobFunctionalTestSupport {

	private static final String ENROLLMENT_ROW = "S1,primary,10,200,190,60,55,1,2,30,25\n";

	private static final String TRAINING_ROW = "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n";

	private static final String INSPECTION_ROW = "S1,I1,2024-04-01,fire,3,2,0,Li\n";

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final List<String> CATEGORIES = List.of("enrollment", "teacher_training", "safety_inspections");

	@TempDir
	Path temp;

	// Truncated files

	@Test
	void fileCutInTheMiddleOfARowIsMalformedRow() throws Exception {
		TestInbox inbox = inbox().enrollment("cut.csv", ENROLLMENT_ROW + "S2,junior,5,100");
		Launched run = complete(inbox);
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "enrollment", "enrollment/cut.csv", 3, "S2", "MALFORMED_ROW");
		assertThat(reject.get("detail")).contains("4 fields").contains("11");
		assertCounts(run, "enrollment", 2, 1, 1, 0);
		assertThat(input(run, "enrollment/cut.csv").get("rows_read").asLong()).isEqualTo(2);
	}

	@Test
	void fileCutInsideAQuotedValueIsMalformedRowAndTheRestIsNotRead() throws Exception {
		// The quote opened on line 3 is never closed: what looks like rows after it is inside the value.
		TestInbox inbox = inbox().training("cut.csv", TRAINING_ROW + "S2,T2,P2,\"Safety training\n"
				+ TRAINING_ROW.replace("T1", "T3") + TRAINING_ROW.replace("T1", "T4"));
		Launched run = complete(inbox);
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "teacher_training", "teacher_training/cut.csv", 3, "", "MALFORMED_ROW");
		assertThat(reject.get("detail")).contains("never closed").contains("rest of the file is not read");
		assertCounts(run, "teacher_training", 2, 1, 1, 0);
		assertThat(input(run, "teacher_training/cut.csv").get("rows_read").asLong()).isEqualTo(2);
	}

	@Test
	void fileCutAfterTheFirstByteOfAMultiByteCharacterIsBadEncoding() throws Exception {
		// "王" is E7 8E 8B in UTF-8; a lone E7 at the end is valid neither as UTF-8 nor as GB18030.
		byte[] cut = concat(bytes(TestInbox.INSPECTION_HEADER + "S1,I1,2024-04-01,fire,3,2,0,"), new byte[] { (byte) 0xE7 });
		assertThat(StrictDecoding.decodes(cut, StandardCharsets.UTF_8)).isFalse();
		assertThat(StrictDecoding.decodes(cut, Charset.forName("GB18030"))).isFalse();
		Launched run = complete(inbox().bytes("safety_inspections/cut.csv", cut));
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "safety_inspections", "safety_inspections/cut.csv", 1, "", "BAD_ENCODING");
		assertThat(reject.get("detail")).contains("CSV UTF-8");
		assertThat(input(run, "safety_inspections/cut.csv").get("encoding").asString()).isEqualTo("UNKNOWN");
		assertThat(input(run, "safety_inspections/cut.csv").get("rows_read").asLong()).isZero();
		assertCounts(run, "safety_inspections", 0, 0, 0, 0);
	}

	@Test
	void fileCutAfterTwoBytesOfAMultiByteCharacterThatAreValidGb18030IsReadAsGb18030() throws Exception {
		// E7 8E is not UTF-8 but is one GB18030 character: the contract reads such a file as GB18030.
		byte[] cut = concat(bytes(TestInbox.INSPECTION_HEADER + "S1,I1,2024-04-01,fire,3,2,0,"),
				new byte[] { (byte) 0xE7, (byte) 0x8E });
		assertThat(StrictDecoding.decodes(cut, StandardCharsets.UTF_8)).isFalse();
		assertThat(StrictDecoding.decodes(cut, Charset.forName("GB18030"))).isTrue();
		Launched run = complete(inbox().bytes("safety_inspections/cut.csv", cut));
		assertThat(rejects(run)).isEmpty();
		assertThat(input(run, "safety_inspections/cut.csv").get("encoding").asString()).isEqualTo("GB18030");
		assertCounts(run, "safety_inspections", 1, 1, 0, 0);
	}

	@Test
	void fileWithUtf8ByteOrderMarkCutInsideAMultiByteCharacterIsBadEncoding() throws Exception {
		byte[] cut = concat(UTF8_BOM, bytes(TestInbox.INSPECTION_HEADER + "S1,I1,2024-04-01,fire,3,2,0,"),
				new byte[] { (byte) 0xE7, (byte) 0x8E });
		Launched run = complete(inbox().bytes("safety_inspections/cut.csv", cut));
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "safety_inspections", "safety_inspections/cut.csv", 1, "", "BAD_ENCODING");
		assertThat(reject.get("detail")).contains("CSV UTF-8");
		assertThat(input(run, "safety_inspections/cut.csv").get("encoding").asString()).isEqualTo("UNKNOWN");
		assertCounts(run, "safety_inspections", 0, 0, 0, 0);
	}

	@Test
	void gb18030FileWithItsByteOrderMarkIsReadWithoutTheMark() throws Exception {
		// U+FEFF in GB18030 is 84 31 95 33: not UTF-8, so the file is GB18030, and one leading U+FEFF is removed.
		byte[] text = ("\uFEFF" + TestInbox.INSPECTION_HEADER + INSPECTION_ROW.replace("Li", "李明"))
			.getBytes(Charset.forName("GB18030"));
		assertThat(Arrays.copyOf(text, 4)).containsExactly(0x84, 0x31, 0x95, 0x33);
		Launched run = complete(inbox().bytes("safety_inspections/gbk.csv", text));
		assertThat(rejects(run)).isEmpty();
		assertThat(input(run, "safety_inspections/gbk.csv").get("encoding").asString()).isEqualTo("GB18030");
		assertCounts(run, "safety_inspections", 1, 1, 0, 0);
	}

	// NUL and invalid bytes

	@Test
	void nulInACountIsInvalidValue() throws Exception {
		TestInbox inbox = inbox().enrollment("nul.csv", "S1,primary,1\u00000,200,190,60,55,1,2,30,25\n");
		Launched run = complete(inbox);
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "enrollment", "enrollment/nul.csv", 2, "S1", "INVALID_VALUE");
		assertThat(reject.get("detail")).startsWith("classes ").contains("1\u00000");
		assertCounts(run, "enrollment", 1, 0, 1, 0);
	}

	@Test
	void nulInFreeTextIsKeptAsPartOfTheValue() throws Exception {
		// Kept, T1 and T<NUL>1 are two teachers; and a value of only NUL is not empty (it is not trimmed).
		TestInbox inbox = inbox()
			.training("nul.csv", TRAINING_ROW + TRAINING_ROW.replace("T1", "T\u00001") + TRAINING_ROW.replace("T1", "\u0000"))
			.inspections("nul.csv", INSPECTION_ROW.replace("Li", "L\u0000i"));
		Launched run = complete(inbox);
		assertThat(rejects(run)).isEmpty();
		assertCounts(run, "teacher_training", 3, 3, 0, 0);
		assertCounts(run, "safety_inspections", 1, 1, 0, 0);
		Map<String, String> north = Published.rows(run.file("county_indicators.csv")).get(0);
		assertThat(north.get("training_records")).isEqualTo("3");
		assertThat(north.get("teachers_trained")).isEqualTo("3");
	}

	@Test
	void strayInvalidByteIsBadEncoding() throws Exception {
		byte[] text = bytes(TestInbox.ENROLLMENT_HEADER + ENROLLMENT_ROW + ENROLLMENT_ROW.replace("S1", "S2"));
		int at = TestInbox.ENROLLMENT_HEADER.length() + 3;
		text[at] = (byte) 0xFF;
		Launched run = complete(inbox().bytes("enrollment/stray.csv", text).enrollment("good.csv", ENROLLMENT_ROW));
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "enrollment", "enrollment/stray.csv", 1, "", "BAD_ENCODING");
		assertThat(reject.get("detail")).contains("byte " + (at + 1)).contains("CSV UTF-8");
		assertThat(input(run, "enrollment/stray.csv").get("encoding").asString()).isEqualTo("UNKNOWN");
		assertThat(input(run, "enrollment/stray.csv").get("rows_read").asLong()).isZero();
		assertCounts(run, "enrollment", 1, 1, 0, 0);
	}

	@Test
	void utf16LittleEndianFileWithByteOrderMarkIsBadEncodingSayingToSaveAsCsvUtf8() throws Exception {
		byte[] text = concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				(TestInbox.ENROLLMENT_HEADER + ENROLLMENT_ROW).getBytes(StandardCharsets.UTF_16LE));
		assertUtf16IsBadEncoding(text);
	}

	@Test
	void utf16BigEndianFileWithByteOrderMarkIsBadEncodingSayingToSaveAsCsvUtf8() throws Exception {
		byte[] text = concat(new byte[] { (byte) 0xFE, (byte) 0xFF },
				(TestInbox.ENROLLMENT_HEADER + ENROLLMENT_ROW).getBytes(StandardCharsets.UTF_16BE));
		assertUtf16IsBadEncoding(text);
	}

	private void assertUtf16IsBadEncoding(byte[] text) throws Exception {
		Launched run = complete(inbox().bytes("enrollment/unicode.csv", text));
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "enrollment", "enrollment/unicode.csv", 1, "", "BAD_ENCODING");
		assertThat(reject.get("detail")).contains("UTF-16").contains("CSV UTF-8");
		assertThat(input(run, "enrollment/unicode.csv").get("encoding").asString()).isEqualTo("UNKNOWN");
		assertCounts(run, "enrollment", 0, 0, 0, 0);
	}

	@Test
	void emptyFileIsListedWithNoRowsAndYieldsNothingElse() throws Exception {
		Launched run = complete(inbox().bytes("enrollment/empty.csv", new byte[0]));
		assertThat(rejects(run)).isEmpty();
		assertThat(input(run, "enrollment/empty.csv").get("rows_read").asLong()).isZero();
		assertCounts(run, "enrollment", 0, 0, 0, 0);
	}

	@Test
	void byteOrderMarkOnlyFileIsListedWithNoRowsAndYieldsNothingElse() throws Exception {
		Launched run = complete(inbox().bytes("enrollment/bom.csv", UTF8_BOM));
		assertThat(rejects(run)).isEmpty();
		assertThat(input(run, "enrollment/bom.csv").get("rows_read").asLong()).isZero();
		assertThat(input(run, "enrollment/bom.csv").get("encoding").asString()).isEqualTo("UTF-8");
		assertCounts(run, "enrollment", 0, 0, 0, 0);
	}

	@Test
	void pngImageNamedCsvIsBadEncoding() throws Exception {
		byte[] png = concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H',
				'D', 'R' }, junk(4096, 1));
		assertJunkIsBadEncoding("photo.csv", png);
	}

	@Test
	void gzipArchiveNamedCsvIsBadEncoding() throws Exception {
		byte[] gzip = concat(new byte[] { 0x1F, (byte) 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0x03 }, junk(4096, 2));
		assertJunkIsBadEncoding("archive.csv", gzip);
	}

	private void assertJunkIsBadEncoding(String name, byte[] junk) throws Exception {
		assertThat(StrictDecoding.decodes(junk, StandardCharsets.UTF_8)).isFalse();
		assertThat(StrictDecoding.decodes(junk, Charset.forName("GB18030"))).isFalse();
		Launched run = complete(inbox().bytes("teacher_training/" + name, junk).training("good.csv", TRAINING_ROW));
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "teacher_training", "teacher_training/" + name, 1, "", "BAD_ENCODING");
		assertThat(reject.get("detail")).contains("CSV UTF-8");
		assertThat(input(run, "teacher_training/" + name).get("encoding").asString()).isEqualTo("UNKNOWN");
		assertCounts(run, "teacher_training", 1, 1, 0, 0);
	}

	// Headers

	@Test
	void semicolonSeparatedFileIsBadHeaderSuggestingCommas() throws Exception {
		String text = (TestInbox.ENROLLMENT_HEADER + ENROLLMENT_ROW).replace(',', ';');
		Launched run = complete(inbox().file("enrollment/semicolons.csv", text));
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "enrollment", "enrollment/semicolons.csv", 1, "", "BAD_HEADER");
		assertThat(reject.get("detail")).contains("semicolon").contains("comma");
		assertCounts(run, "enrollment", 0, 0, 0, 0);
	}

	@Test
	void tabSeparatedFileIsBadHeaderSuggestingCommas() throws Exception {
		String text = (TestInbox.ENROLLMENT_HEADER + ENROLLMENT_ROW).replace(',', '\t');
		Launched run = complete(inbox().file("enrollment/tabs.csv", text));
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "enrollment", "enrollment/tabs.csv", 1, "", "BAD_HEADER");
		assertThat(reject.get("detail")).contains("tab").contains("comma");
		assertCounts(run, "enrollment", 0, 0, 0, 0);
	}

	@Test
	void headerNamingAColumnTwiceIsBadHeaderNamingTheColumn() throws Exception {
		String header = TestInbox.ENROLLMENT_HEADER.replace("\n", ", Stage \n");
		Launched run = complete(inbox().file("enrollment/twice.csv", header + "S1,primary,10,200,190,60,55,1,2,30,25,junior\n"));
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "enrollment", "enrollment/twice.csv", 1, "", "BAD_HEADER");
		assertThat(reject.get("detail")).contains("stage").contains("twice");
		assertThat(input(run, "enrollment/twice.csv").get("rows_read").asLong()).isZero();
		assertCounts(run, "enrollment", 0, 0, 0, 0);
	}

	@Test
	void headerOnlyFileHasNoRowsAndNoReject() throws Exception {
		Launched run = complete(inbox().enrollment("header-only.csv", ""));
		assertThat(rejects(run)).isEmpty();
		assertThat(input(run, "enrollment/header-only.csv").get("rows_read").asLong()).isZero();
		assertCounts(run, "enrollment", 0, 0, 0, 0);
	}

	// Huge values

	@Test
	void twoMegabyteFreeTextValueIsAccepted() throws Exception {
		String name = "x".repeat(2 * 1024 * 1024);
		Launched run = complete(inbox().training("huge.csv", TRAINING_ROW.replace("Reading", name) + TRAINING_ROW.replace("T1", "T2")));
		assertThat(rejects(run)).isEmpty();
		assertCounts(run, "teacher_training", 2, 2, 0, 0);
		assertThat(Published.rows(run.file("county_indicators.csv")).get(0).get("training_records")).isEqualTo("2");
	}

	@Test
	void twoMegabyteValueInACountColumnIsInvalidValueQuotingAtMostOneHundredCharacters() throws Exception {
		String value = "1234567890".repeat(200 * 1024);
		Launched run = complete(inbox().enrollment("huge.csv", ENROLLMENT_ROW.replace(",10,", "," + value + ",")));
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "enrollment", "enrollment/huge.csv", 2, "S1", "INVALID_VALUE");
		assertThat(reject.get("detail")).startsWith("classes ")
			.contains(value.substring(0, 100))
			.doesNotContain(value.substring(0, 101))
			.hasSizeLessThan(400);
		assertThat(Files.size(run.file("rejects.csv"))).isLessThan(1024);
		assertCounts(run, "enrollment", 1, 0, 1, 0);
	}

	@Test
	void quoteNeverClosedInAFileOfSeveralMegabytesIsMalformedRowAtTheRecordWhereItStarts() throws Exception {
		// Over the reader's 4,000,000-character record limit: the open value must not grow with the file.
		StringBuilder rows = new StringBuilder(TRAINING_ROW).append("S2,T2,P2,\"never closed\n");
		for (int i = 0; rows.length() < 5_000_000; i++) {
			rows.append(TRAINING_ROW.replace("T1", "T" + (i + 10)));
		}
		Launched run = complete(inbox().training("open.csv", rows.toString()));
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "teacher_training", "teacher_training/open.csv", 3, "", "MALFORMED_ROW");
		assertThat(reject.get("detail")).contains("rest of the file is not read").hasSizeLessThan(300);
		assertCounts(run, "teacher_training", 2, 1, 1, 0);
	}

	@Test
	void lineOfOneHundredThousandFieldsIsMalformedRowWithAShortDetail() throws Exception {
		String wide = "S2" + ",7".repeat(99_999) + "\n";
		Launched run = complete(inbox().enrollment("wide.csv", wide + ENROLLMENT_ROW));
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "enrollment", "enrollment/wide.csv", 2, "S2", "MALFORMED_ROW");
		assertThat(reject.get("detail")).contains("100000").contains("11").hasSizeLessThan(200);
		assertCounts(run, "enrollment", 2, 1, 1, 0);
	}

	// Values where counts, dates and codes belong

	@Test
	void countsWithFullWidthDigitsSeparatorsSignsOrDecimalsAreInvalidValues() throws Exception {
		String[] values = { "１０", "\"1,200\"", "1 200", "+10", "-10", "10.0", "1e2", "0x10", "1000000000" };
		StringBuilder rows = new StringBuilder();
		for (String value : values) {
			rows.append("S1,primary,").append(value).append(",200,190,60,55,1,2,30,25\n");
		}
		Launched run = complete(inbox().enrollment("counts.csv", rows.toString()));
		List<Map<String, String>> rejects = rejects(run);
		assertThat(rejects).hasSize(values.length);
		for (int i = 0; i < values.length; i++) {
			assertReject(rejects.get(i), "enrollment", "enrollment/counts.csv", i + 2, "S1", "INVALID_VALUE");
			String written = values[i].replace("\"", "");
			assertThat(rejects.get(i).get("detail")).startsWith("classes \"" + written + "\"").contains("not a count");
		}
		assertCounts(run, "enrollment", values.length, 0, values.length, 0);
	}

	@Test
	void datesNotWrittenAsRealYyyyMmDdAreInvalidValues() throws Exception {
		String[] dates = { "2024/03/01", "2024-02-30", "20240101", "2024-3-1", "01-03-2024", "２０２４-03-01",
				"1899-12-31", "2024-03-01T00:00" };
		StringBuilder rows = new StringBuilder();
		for (String date : dates) {
			rows.append(TRAINING_ROW.replace("2024-03-01", date));
		}
		Launched run = complete(inbox().training("dates.csv", rows.toString()));
		List<Map<String, String>> rejects = rejects(run);
		assertThat(rejects).hasSize(dates.length);
		for (int i = 0; i < dates.length; i++) {
			assertReject(rejects.get(i), "teacher_training", "teacher_training/dates.csv", i + 2, "S1", "INVALID_VALUE");
			assertThat(rejects.get(i).get("detail")).startsWith("start_date \"" + dates[i] + "\"").contains("YYYY-MM-DD");
		}
		assertCounts(run, "teacher_training", dates.length, 0, dates.length, 0);
	}

	@Test
	void codesInAnyCaseWithSurroundingSpacesAreAccepted() throws Exception {
		TestInbox inbox = inbox()
			.enrollment("codes.csv", " S1 ,\u3000PRIMARY\u00A0,10,200,190,60,55,1,2,30,25\n"
					+ "S2,\tJunior ,10,100,100,10,10,0,0,0,10\n")
			.training("codes.csv", "\u00A0S1\t,T1,P1,Reading, County ,2024-03-01,2024-03-02,12,COMPLETED\n")
			.inspections("codes.csv", "S1 ,I1,2024-04-01,\u3000FiRe,3,2,0,Li\n");
		Launched run = complete(inbox);
		assertThat(rejects(run)).isEmpty();
		assertCounts(run, "enrollment", 2, 2, 0, 0);
		assertCounts(run, "teacher_training", 1, 1, 0, 0);
		assertCounts(run, "safety_inspections", 1, 1, 0, 0);
		Map<String, String> north = Published.rows(run.file("county_indicators.csv")).get(0);
		assertThat(north.get("students_primary")).isEqualTo("390");
		assertThat(north.get("students_junior")).isEqualTo("200");
		assertThat(north.get("training_county")).isEqualTo("1");
		assertThat(north.get("inspections")).isEqualTo("1");
	}

	@Test
	void codesDifferingOnlyInCaseAndSpacesAreExactDuplicates() throws Exception {
		TestInbox inbox = inbox().enrollment("a.csv", ENROLLMENT_ROW).enrollment("b.csv", " S1 , Primary ,10,200,190,60,55,1,2,30,25\n");
		Launched run = complete(inbox);
		assertThat(rejects(run)).isEmpty();
		assertCounts(run, "enrollment", 2, 1, 0, 1);
	}

	// File and folder names

	@Test
	void filesAndFoldersWithSpacesAndChineseCharactersInTheirNamesAreRead() throws Exception {
		TestInbox inbox = inbox().enrollment("第一 小学/S1 入学 2024.csv", ENROLLMENT_ROW + "S1,junior,x,1,1,1,1,1,1,1,1\n")
			.training("教师 培训.CSV", TRAINING_ROW);
		Launched run = complete(inbox);
		assertThat(input(run, "enrollment/第一 小学/S1 入学 2024.csv").get("rows_read").asLong()).isEqualTo(2);
		assertThat(input(run, "teacher_training/教师 培训.CSV").get("rows_read").asLong()).isEqualTo(1);
		assertReject(onlyReject(run), "enrollment", "enrollment/第一 小学/S1 入学 2024.csv", 3, "S1", "INVALID_VALUE");
		assertCounts(run, "enrollment", 2, 1, 1, 0);
		assertCounts(run, "teacher_training", 1, 1, 0, 0);
	}

	@Test
	void folderNamedLikeACsvFileIsAFolderWhoseFilesAreRead() throws Exception {
		Launched run = complete(inbox().enrollment("x.csv/S1.csv", ENROLLMENT_ROW));
		assertThat(inputPaths(run)).containsExactly("schools.csv", "enrollment/x.csv/S1.csv");
		assertCounts(run, "enrollment", 1, 1, 0, 0);
	}

	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void symbolicLinkLoopUnderACategoryFolderIsNotFollowed() throws Exception {
		TestInbox inbox = inbox().enrollment("sub/S1.csv", ENROLLMENT_ROW);
		Path sub = inbox.path().resolve("enrollment/sub");
		Files.createSymbolicLink(sub.resolve("loop"), Path.of(".."));
		Files.createSymbolicLink(sub.resolve("loop.csv"), Path.of("."));
		Files.createSymbolicLink(inbox.path().resolve("enrollment/again"), inbox.path().resolve("enrollment"));
		Launched run = complete(inbox);
		assertThat(inputPaths(run)).containsExactly("schools.csv", "enrollment/sub/S1.csv");
		assertCounts(run, "enrollment", 1, 1, 0, 0);
	}

	// Formula injection

	@Test
	void textCellsThatWouldRunAsFormulasGetALeadingApostropheAndRegistryCodesAreWrittenExactly() throws Exception {
		String registry = TestInbox.REGISTRY_HEADER + "-S1,=1+2,-C1,+North,primary,urban,public\n"
				+ "S2,@Second,-C1,+North,junior_secondary,rural,public\n"
				+ "S3,-Third,C2,\"=HYPERLINK(\"\"http://x\"\")\",kindergarten,urban,private\n";
		TestInbox inbox = TestInbox.in(this.temp.resolve("in"))
			.registry(registry)
			.enrollment("a.csv", "-S1,primary,10,200,190,60,55,1,2,30,25\n" + "-S1,junior,=1+1,200,190,60,55,1,2,30,25\n"
					+ "=cmd|' /C calc'!A0,primary,10,200,190,60,55,1,2,30,25\n" + "+S9,primary,10,200,190,60,55,1,2,30,25\n"
					+ "@S9,primary,10,200,190,60,55,1,2,30,25\n")
			.inspections("a.csv", "S2,I1,2024-04-01,fire,3,2,0,Li\n" + "S2,I2,2024-04-01,fire,3,4,0,Li\n");
		Launched run = complete(inbox);

		List<Map<String, String>> counties = Published.rows(run.file("county_indicators.csv"));
		assertThat(counties).extracting((row) -> row.get("county_code")).containsExactly("-C1", "C2");
		assertThat(counties).extracting((row) -> row.get("county_name"))
			.containsExactly("'+North", "'=HYPERLINK(\"http://x\")");
		assertThat(counties.get(0).get("rows_rejected")).isEqualTo("2");

		List<Map<String, String>> schools = Published.rows(run.file("school_status.csv"));
		assertThat(schools).extracting((row) -> row.get("school_code")).containsExactly("-S1", "S2", "S3");
		assertThat(schools).extracting((row) -> row.get("school_name")).containsExactly("'=1+2", "'@Second", "'-Third");
		assertThat(schools).extracting((row) -> row.get("county_code")).containsExactly("-C1", "-C1", "C2");
		assertThat(schools).extracting((row) -> row.get("rows_rejected")).containsExactly("1", "1", "0");

		List<Map<String, String>> summaries = Published.rows(run.file("county_summaries.csv"));
		assertThat(summaries).extracting((row) -> row.get("county_code")).containsExactly("-C1", "-C1", "C2", "C2");
		assertThat(summaries.get(0).get("summary")).contains("+North");
		assertThat(summaries.get(2).get("summary")).contains("=HYPERLINK(\"http://x\")");

		assertThat(Published.rows(run.file("findings.csv"))).extracting((row) -> row.get("school_code"))
			.contains("-S1", "S2");

		List<Map<String, String>> rejects = rejects(run);
		assertThat(rejects).extracting((row) -> row.get("school_code"))
			.containsExactly("'-S1", "'=cmd|' /C calc'!A0", "'+S9", "'@S9", "S2");
		assertThat(rejects).extracting((row) -> row.get("reason"))
			.containsExactly("INVALID_VALUE", "UNKNOWN_SCHOOL", "UNKNOWN_SCHOOL", "UNKNOWN_SCHOOL", "INCONSISTENT");
		assertThat(rejects.get(0).get("detail")).contains("\"=1+1\"");
		for (String file : Published.CSV_FILES) {
			assertNoTextCellRunsAsAFormula(run.file(file));
		}
	}

	@Test
	void rejectedSchoolCodeIsCutToSixtyFourCodePointsAndThenProtected() throws Exception {
		String code = "=" + "\uD83D\uDE00".repeat(70);
		Launched run = complete(inbox().enrollment("long.csv", code + ",primary,10,200,190,60,55,1,2,30,25\n"));
		Map<String, String> reject = onlyReject(run);
		assertReject(reject, "enrollment", "enrollment/long.csv", 2, "'=" + "\uD83D\uDE00".repeat(63), "UNKNOWN_SCHOOL");
	}

	/** Only registry codes and figures may begin with a formula character, never a text cell. */
	private static void assertNoTextCellRunsAsAFormula(Path file) {
		List<String> textColumns = List.of("county_name", "summary", "detail", "school_name");
		for (Map<String, String> row : Published.rows(file)) {
			for (String column : textColumns) {
				String cell = row.get(column);
				if (cell != null && !cell.isEmpty()) {
					assertThat("=+-@".indexOf(cell.charAt(0))).as("%s in %s: %s", column, file.getFileName(), cell)
						.isEqualTo(-1);
				}
			}
		}
	}

	// Helpers

	private TestInbox inbox() {
		return TestInbox.in(this.temp.resolve("in"));
	}

	/** Runs with a threshold of 100 % (damage must never fail the run here) and expects it to complete. */
	private Launched complete(TestInbox inbox) throws Exception {
		Launched run = run(inbox.path(), this.temp.resolve("out"), "2024", "100");
		assertThat(run.status()).as("%s", run.execution().getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
		JsonNode manifest = manifest(run);
		for (String category : CATEGORIES) {
			JsonNode counts = manifest.get("categories").get(category);
			assertThat(counts.get("rows_read").asLong()).as("rows_read = accepted + rejected + collapsed in %s", category)
				.isEqualTo(counts.get("rows_accepted").asLong() + counts.get("rows_rejected").asLong()
						+ counts.get("duplicates_collapsed").asLong());
		}
		return run;
	}

	private static JsonNode manifest(Launched run) {
		return Published.json(run.file("manifest.json"));
	}

	private static JsonNode input(Launched run, String path) {
		for (JsonNode input : manifest(run).get("inputs")) {
			if (input.get("path").asString().equals(path)) {
				return input;
			}
		}
		throw new AssertionError("No input " + path + " in the manifest: " + inputPaths(run));
	}

	private static List<String> inputPaths(Launched run) {
		List<String> paths = new ArrayList<>();
		manifest(run).get("inputs").forEach((input) -> paths.add(input.get("path").asString()));
		return paths;
	}

	private static void assertCounts(Launched run, String category, long read, long accepted, long rejected,
			long collapsed) {
		JsonNode counts = manifest(run).get("categories").get(category);
		assertThat(List.of(counts.get("rows_read").asLong(), counts.get("rows_accepted").asLong(),
				counts.get("rows_rejected").asLong(), counts.get("duplicates_collapsed").asLong()))
			.as("%s: rows_read, rows_accepted, rows_rejected, duplicates_collapsed", category)
			.containsExactly(read, accepted, rejected, collapsed);
	}

	private static List<Map<String, String>> rejects(Launched run) {
		return Published.rows(run.file("rejects.csv"));
	}

	private static Map<String, String> onlyReject(Launched run) {
		List<Map<String, String>> rejects = rejects(run);
		assertThat(rejects).hasSize(1);
		return rejects.get(0);
	}

	private static void assertReject(Map<String, String> reject, String category, String sourceFile, long line,
			String schoolCode, String reason) {
		assertThat(reject.get("category")).isEqualTo(category);
		assertThat(reject.get("source_file")).isEqualTo(sourceFile);
		assertThat(reject.get("line")).isEqualTo(Long.toString(line));
		assertThat(reject.get("school_code")).isEqualTo(schoolCode);
		assertThat(reject.get("reason")).isEqualTo(reason);
		assertThat(reject.get("detail")).isNotBlank();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	/** Random bytes from a fixed seed, so that the file is the same at every run. */
	private static byte[] junk(int length, long seed) {
		byte[] junk = new byte[length];
		new Random(seed).nextBytes(junk);
		return junk;
	}

}
