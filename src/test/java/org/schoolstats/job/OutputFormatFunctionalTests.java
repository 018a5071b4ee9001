package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;

/** Contract section 3: the files of a publication, their encoding, line ends, headers, order, protection and figures. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutputFormatFunctionalTests extends JobFunctionalTestSupport {

	/** Byte order: -C3 < C2 < c_1 for counties, -S5 < A_1 < Z9 < b-2 for schools. */
	private static final String REGISTRY = TestInbox.REGISTRY_HEADER
			+ "b-2,=Sum School,c_1,+Plus County,primary,urban,public\n"
			+ "A_1,Plain School,c_1,+Plus County,junior_secondary,rural,private\n"
			+ "-S5,Minus School,-C3,-Minus County,kindergarten,urban,public\n"
			+ "Z9,@Zed School,C2,Zed County,primary,rural,public\n";

	/** A supplementary character (U+20000): one code point, two UTF-16 chars. */
	private static final String WIDE = "\uD840\uDC00";

	private static final String LONG_STAGE = "=cmd" + "x".repeat(146);

	@TempDir
	static Path temp;

	private Launched launched;

	@BeforeAll
	void runTheJob() throws Exception {
		TestInbox inbox = TestInbox.in(temp.resolve("in"))
			.registry(REGISTRY)
			.enrollment("all.csv", "b-2,primary,20,25,24,10,9,1,2,3,20\n" // 2
					+ "A_1,junior,0,0,0,0,0,0,0,0,0\n" // 3
					+ "-S5,preschool,2,20,20,10,0,0,0,0,4\n" // 4
					+ "b-2,=cmd,20,25,24,10,9,1,2,3,20\n" // 5
					+ "b-2," + LONG_STAGE + ",20,25,24,10,9,1,2,3,20\n") // 6
			.training("all.csv", "b-2,T1,P1,Reading,national,2024-03-01,2024-03-02,7.5,completed\n"
					+ "b-2,T1,P2,Writing,school,2024-03-05,2024-03-06,0.45,completed\n"
					+ "b-2,T2,P1,Reading,county,2024-03-01,2024-03-02,13,completed\n"
					+ "b-2,T3,P3,Maths,provincial,2024-03-01,2024-03-02,40,in_progress\n"
					+ "A_1,U1,P1,Reading,county,2024-03-01,2024-03-02,3,not_completed\n")
			.inspections("all.csv", "b-2,I1,2024-04-01,fire,3,2,1,Li\n" // 2
					+ "b-2,I2,2024-04-02,building,5,5,0,Li\n" // 3
					+ "A_1,I3,2024-04-03,food,0,0,0,Wu\n" // 4
					+ "-X1,I4,2024-04-03,food,0,0,0,Wu\n" // 5
					+ "@X2,I5,2024-04-03,food,0,0,0,Wu\n" // 6
					+ "+X3,I6,2024-04-03,food,0,0,0,Wu\n" // 7
					+ "=X4,I7,2024-04-03,food,0,0,0,Wu\n" // 8
					+ "@" + WIDE.repeat(70) + ",I8,2024-04-03,food,0,0,0,Wu\n" // 9
					+ "a_1,I9,2024-04-03,food,0,0,0,Wu\n" // 10: codes match exactly, not ignoring case
					+ "-S5,I10,2024-13-01,food,0,0,0,Wu\n"); // 11
		this.launched = run(inbox.path(), temp.resolve("out"), "2024", "100");
		assertThat(this.launched.status()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void publishesExactlyTheFilesOfTheContract() {
		assertThat(this.launched.published().toFile().list()).containsExactlyInAnyOrderElementsOf(Published.FILES);
	}

	@Test
	void everyFileIsUtf8WithoutByteOrderMarkWithNewlineLineEndsOnly() {
		for (String name : this.launched.published().toFile().list()) {
			byte[] bytes = Published.bytes(this.launched.file(name));
			assertThat(isUtf8(bytes)).as(name).isTrue();
			assertThat(bytes.length).as(name).isGreaterThan(3);
			assertThat(new byte[] { bytes[0], bytes[1], bytes[2] }).as(name)
				.isNotEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			assertThat(bytes).as(name).doesNotContain((byte) '\r');
			assertThat(bytes[bytes.length - 1]).as(name).isEqualTo((byte) '\n');
		}
	}

	@Test
	void headerRowsAreTheContracts() {
		for (Map.Entry<String, List<String>> header : Published.HEADERS.entrySet()) {
			String text = Published.text(this.launched.file(header.getKey()));
			assertThat(text.substring(0, text.indexOf('\n'))).isEqualTo(String.join(",", header.getValue()));
		}
	}

	@Test
	void countyIndicatorsAreExactWithHalfUpOneDecimalFigures() {
		// students 49 (24 female) in 20 classes with 20 teachers: 2.45 rounds half-up to 2.5, 24/49 = 48.98 %;
		// hours 7.5 + 0.45 + 13 = 20.95 (a double would say 20.9499...) print as 21.0, and per teacher
		// 20.95 / 20 = 1.0475 gives 1.0 (the rounded sum would give 1.1).
		assertThat(Published.rowOf(this.launched.file("county_indicators.csv"), "c_1")).containsExactly("c_1",
				"'+Plus County", "2", "2", "100.0", "49", "49.0", "0", "49", "0", "0", "0", "20", "2.5", "10", "9",
				"1", "2.0", "2", "3", "20", "2.5", "3", "2", "10.0", "21.0", "1.0", "1", "0", "0", "1", "1", "3", "2",
				"100.0", "8", "7", "1", "87.5", "1", "2");
		assertThat(Published.rowOf(this.launched.file("county_indicators.csv"), "-C3")).containsExactly("-C3",
				"'-Minus County", "1", "0", "0.0", "40", "50.0", "40", "0", "0", "0", "0", "2", "20.0", "10", "0",
				"0", "0.0", "0", "0", "4", "10.0", "0", "0", "0.0", "0.0", "0.0", "0", "0", "0", "0", "0", "0", "0",
				"0.0", "0", "0", "0", "", "0", "1");
	}

	@Test
	void countyRowsAndSummariesAreByCountyCodeBytesWithEnglishFirst() {
		assertThat(Published.dataRows(this.launched.file("county_indicators.csv"))).extracting((row) -> row.get(0))
			.containsExactly("-C3", "C2", "c_1");
		assertThat(Published.dataRows(this.launched.file("county_summaries.csv")))
			.extracting((row) -> row.get(0) + " " + row.get(1))
			.containsExactly("-C3 en", "-C3 zh", "C2 en", "C2 zh", "c_1 en", "c_1 zh");
	}

	@Test
	void schoolStatusIsBySchoolCodeBytesWithNamesProtectedAndCodesExact() {
		assertThat(Published.dataRows(this.launched.file("school_status.csv"))).containsExactly(
				List.of("-S5", "Minus School", "-C3", "1", "0", "0", "1", "no"),
				List.of("A_1", "Plain School", "c_1", "1", "1", "1", "0", "yes"),
				List.of("Z9", "'@Zed School", "C2", "0", "0", "0", "0", "no"),
				List.of("b-2", "'=Sum School", "c_1", "1", "4", "2", "2", "yes"));
	}

	@Test
	void findingsWriteRegistryCodesExactly() {
		assertThat(Published.findingKeys(this.launched.file("findings.csv"))).containsExactly(
				"-C3 -S5 MISSING_TRAINING", "-C3 -S5 MISSING_INSPECTION", "C2 Z9 MISSING_ENROLLMENT",
				"C2 Z9 MISSING_TRAINING", "C2 Z9 MISSING_INSPECTION");
	}

	@Test
	void rejectedSchoolCodesAreProtectedAfterCuttingToSixtyFourCodePoints() {
		assertThat(Published.rejects(this.launched.file("rejects.csv"))).containsExactly(
				"enrollment | enrollment/all.csv | 5 | b-2 | INVALID_VALUE",
				"enrollment | enrollment/all.csv | 6 | b-2 | INVALID_VALUE",
				"safety_inspections | safety_inspections/all.csv | 5 | '-X1 | UNKNOWN_SCHOOL",
				"safety_inspections | safety_inspections/all.csv | 6 | '@X2 | UNKNOWN_SCHOOL",
				"safety_inspections | safety_inspections/all.csv | 7 | '+X3 | UNKNOWN_SCHOOL",
				"safety_inspections | safety_inspections/all.csv | 8 | '=X4 | UNKNOWN_SCHOOL",
				"safety_inspections | safety_inspections/all.csv | 9 | '@" + WIDE.repeat(63) + " | UNKNOWN_SCHOOL",
				"safety_inspections | safety_inspections/all.csv | 10 | a_1 | UNKNOWN_SCHOOL",
				"safety_inspections | safety_inspections/all.csv | 11 | '-S5 | INVALID_VALUE");
	}

	@Test
	void rejectDetailQuotesTheValueButNeverStartsAFormula() {
		Path rejects = this.launched.file("rejects.csv");
		assertThat(Published.rejectDetail(rejects, "enrollment/all.csv", 5)).contains("\"=cmd\"");
		assertThat(Published.dataRows(rejects)).extracting((row) -> row.get(5))
			.allSatisfy((detail) -> assertThat(detail).doesNotStartWith("=")
				.doesNotStartWith("+")
				.doesNotStartWith("-")
				.doesNotStartWith("@"));
	}

	@Test
	void rejectDetailQuotesAtMostOneHundredCharactersOfTheValue() {
		String detail = Published.rejectDetail(this.launched.file("rejects.csv"), "enrollment/all.csv", 6);
		assertThat(detail).contains(LONG_STAGE.substring(0, 100)).doesNotContain(LONG_STAGE.substring(0, 101));
	}

	@Test
	void summariesAndFindingDetailsNeverStartAFormula() {
		for (String file : List.of("county_summaries.csv", "findings.csv")) {
			assertThat(Published.dataRows(this.launched.file(file))).extracting((row) -> row.get(row.size() - 1))
				.allSatisfy((text) -> assertThat(text.isEmpty() ? ' ' : text.charAt(0)).isNotIn('=', '+', '-', '@'));
		}
	}

	static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
