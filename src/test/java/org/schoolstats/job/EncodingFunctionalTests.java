package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;

import tools.jackson.databind.JsonNode;

/** Contract section 1, "Encoding" and "Header": GBK, byte-order marks, CRLF, empty and BOM-only files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EncodingFunctionalTests extends JobFunctionalTestSupport {

	private static final Charset GBK = Charset.forName("GBK");

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final byte[] GBK_FILE = (TestInbox.TRAINING_HEADER
			+ "S1,T1,P1,师德师风,county,2024-03-01,2024-03-02,12,completed\n"
			+ "S1,T2,P1,师德师风,county,2024-03-01,2024-03-02,12,良好\n").getBytes(GBK); // no label of a result

	@TempDir
	static Path temp;

	private Launched launched;

	@BeforeAll
	void runTheJob() throws Exception {
		TestInbox inbox = TestInbox.in(temp.resolve("in"))
			.bytes("teacher_training/gbk.csv", GBK_FILE)
			.file("teacher_training/bom-crlf.csv", ("\uFEFF" + TestInbox.TRAINING_HEADER
					+ "S1,T3,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n"
					+ "S1,T4,P1,Reading,county,2024-03-01,2024-03-02,7.555,completed\n").replace("\n", "\r\n"))
			// U+FEFF encoded in GB18030 is 84 31 95 33: removed whatever the encoding
			.bytes("teacher_training/gb18030-bom.csv", ("\uFEFF" + TestInbox.TRAINING_HEADER
					+ "S1,T5,P1,师德,county,2024-03-01,2024-03-02,12,completed\n").getBytes(GB18030))
			// The mark must go before parsing, or "school_code" reads as text with literal quotes.
			.file("teacher_training/bom-quoted.csv", "\uFEFF\"school_code\",\"teacher_id\",\"program_code\","
					+ "\"program_name\",\"program_level\",\"start_date\",\"end_date\",\"hours\",\"result\"\n"
					+ "S1,T6,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("real.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\n")
			.bytes("safety_inspections/empty.csv", new byte[0])
			.bytes("safety_inspections/bom-only.csv", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF })
			.file("safety_inspections/blank-lines.csv", "\n  \n,,,,,,,\n");
		this.launched = run(inbox.path(), temp.resolve("out"), "2024", "100");
		assertThat(this.launched.status()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void gbkFileIsReadAsGb18030AndRecordedSo() {
		assertThat(isUtf8(GBK_FILE)).as("the fixture is not valid UTF-8").isFalse();
		assertThat(input("teacher_training/gbk.csv")).containsExactly("GB18030", "2");
		// The decoded value is quoted back: the bytes were read as GB18030, not replaced.
		assertThat(Published.rejectDetail(this.launched.file("rejects.csv"), "teacher_training/gbk.csv", 3))
			.contains("良好");
	}

	@Test
	void utf8WithByteOrderMarkAndCrlfIsRecordedAsUtf8AndItsHeaderMatches() {
		assertThat(input("teacher_training/bom-crlf.csv")).containsExactly("UTF-8", "2");
		assertThat(Published.rejects(this.launched.file("rejects.csv")))
			.containsExactly("teacher_training | teacher_training/bom-crlf.csv | 3 | S1 | INVALID_VALUE",
					"teacher_training | teacher_training/gbk.csv | 3 | S1 | INVALID_VALUE");
	}

	@Test
	void byteOrderMarkIsRemovedBeforeAQuotedHeaderIsParsed() {
		assertThat(input("teacher_training/bom-quoted.csv")).containsExactly("UTF-8", "1");
	}

	@Test
	void leadingFeffIsRemovedFromGb18030TextToo() {
		assertThat(input("teacher_training/gb18030-bom.csv")).containsExactly("GB18030", "1");
		// T1, T3, T5 and T6 are accepted
		assertThat(Published.rowOf(this.launched.file("school_status.csv"), "S1").get(4)).isEqualTo("4");
	}

	@Test
	void filesWithNoHeaderAreListedWithRowsReadZeroAndYieldNothingElse() {
		assertThat(input("safety_inspections/empty.csv")).containsExactly("UTF-8", "0");
		assertThat(input("safety_inspections/bom-only.csv")).containsExactly("UTF-8", "0");
		assertThat(input("safety_inspections/blank-lines.csv")).containsExactly("UTF-8", "0");
		assertThat(RejectReasonsFunctionalTests.figures(
				Published.json(this.launched.file("manifest.json")).get("categories").get("safety_inspections")))
			.containsExactly(1L, 1L, 0L, 0L);
		assertThat(Published.dataRows(this.launched.file("rejects.csv")))
			.noneMatch((row) -> row.get(0).equals("safety_inspections"));
	}

	/** encoding and rows_read of the input's manifest entry. */
	private List<String> input(String path) {
		for (JsonNode input : Published.json(this.launched.file("manifest.json")).get("inputs")) {
			if (input.get("path").asString().equals(path)) {
				return new ArrayList<>(List.of(input.get("encoding").asString(), input.get("rows_read").asString()));
			}
		}
		throw new AssertionError("No input " + path);
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
