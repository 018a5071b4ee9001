package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;

import tools.jackson.databind.JsonNode;

/** Contract sections 1 and 2: every reject reason, end to end, as it appears in rejects.csv and the manifest. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectReasonsFunctionalTests extends JobFunctionalTestSupport {

	private static final String ROW = "10,200,190,60,55,1,2,30,25";

	@TempDir
	static Path temp;

	private Launched launched;

	@BeforeAll
	void runTheJobOnAnInboxWithEveryReason() throws Exception {
		TestInbox inbox = TestInbox.in(temp.resolve("in"))
			.enrollment("rows.csv", "S1,primary," + ROW + "\n" // 2 accepted
					+ "S1,junior,10,200,190,60,55,1,2,30\n" // 3 ten fields
					+ "S1,,10,200,190,60,55,1,2,30,25x\n" // 4 stage empty (and a bad count after it)
					+ "S1,senior,1O,200,190,60,55,1,2,30,25\n" // 5 letter O in a count
					+ "S9,primary," + ROW + "\n" // 6 not in the registry
					+ "S2,junior,10,100,100,300,55,1,2,30,25\n") // 7 new_entrants 300 > 200 students
			.bytes("enrollment/utf16.csv",
					utf16le("\uFEFF" + TestInbox.ENROLLMENT_HEADER + "S1,senior," + ROW + "\n"))
			.bytes("enrollment/utf16be.csv",
					("\uFEFF" + TestInbox.ENROLLMENT_HEADER + "S1,senior," + ROW + "\n").getBytes(StandardCharsets.UTF_16BE))
			.bytes("enrollment/invalid-bytes.csv", concat(
					(TestInbox.ENROLLMENT_HEADER + "S1,vocational,").getBytes(StandardCharsets.US_ASCII),
					new byte[] { (byte) 0xFF, (byte) 0xFF }, (",\n").getBytes(StandardCharsets.US_ASCII)))
			.bytes("enrollment/bom-then-bad.csv", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
					(TestInbox.ENROLLMENT_HEADER.replace("\n", ",备注\n") + "S1,preschool," + ROW + ",农村\n")
						.getBytes(Charset.forName("GBK"))))
			.training("after-quote.csv", "S1,T1,P1,\"Reading\",county,2024-03-01,2024-03-02,12,completed\n"
					+ "S1,T2,P1,\"Reading\" ,county,2024-03-01,2024-03-02,12,completed\n"
					+ "S1,T3,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n"
					+ "S1,T4,P1,Reading,county,2024-03-01,bogus,12,completed\n")
			.training("open-quote.csv", "S2,T5,P1,Writing,county,2024-03-01,2024-03-02,12,completed\n"
					+ "S2,T6,P1,\"Writing,county,2024-03-01,2024-03-02,12,completed\n"
					+ "S2,T7,P1,Writing,county,2024-03-01,2024-03-02,12,completed\n")
			.file("teacher_training/optional-twice.csv", TestInbox.TRAINING_HEADER.replace("\n", ",program_name\n")
					+ "S1,T10,P1,Reading,county,2024-03-01,2024-03-02,12,completed,Reading\n")
			.training("out-of-period.csv", "S1,T8,P1,Reading,county,2023-12-31,2024-01-02,12,completed\n")
			.file("teacher_training/missing-hours.csv",
					"school_code,teacher_id,program_code,program_name,program_level,start_date,end_date,result\n"
							+ "S1,T9,P1,Reading,county,2024-03-01,2024-03-02,completed\n")
			.inspections("a.csv", "S2,I1,2024-04-01,fire,3,2,0,Li\n")
			.inspections("b.csv", "S2,I1,2024-04-01,fire,4,2,0,Li\n")
			.file("safety_inspections/doubled.csv", TestInbox.INSPECTION_HEADER.replace("\n", ",Category\n")
					+ "S1,I2,2024-04-01,fire,3,2,0,Li,fire\n")
			.file("safety_inspections/semicolon.csv", TestInbox.INSPECTION_HEADER.replace(',', ';')
					+ "S1;I3;2024-04-01;fire;3;2;0;Li\n")
			.file("safety_inspections/unparsable-header.csv",
					"school_code,\"inspection_id,inspection_date,category,hazards_found,hazards_rectified,major_hazards,inspector\n"
							+ "S1,I4,2024-04-01,fire,3,2,0,Li\n")
			.file("safety_inspections/reordered.csv",
					"inspection_id,inspection_date,category,hazards_found,hazards_rectified,major_hazards,inspector,school_code\n"
							+ "I5,2024-04-01,fire,1,1,0,Wu\n" // seven fields: no school_code field
							+ "I6,2024-04-01,fire,1,1,0,Wu,S1,extra\n"); // nine fields
		this.launched = run(inbox.path(), temp.resolve("out"), "2024", "100");
		assertThat(this.launched.status()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void rejectsListEveryReasonWithCategorySourceFileLineAndSchoolCode() {
		assertThat(Published.rejects(rejectsCsv())).containsExactly(
				"enrollment | enrollment/bom-then-bad.csv | 1 |  | BAD_ENCODING",
				"enrollment | enrollment/invalid-bytes.csv | 1 |  | BAD_ENCODING",
				"enrollment | enrollment/rows.csv | 3 | S1 | MALFORMED_ROW",
				"enrollment | enrollment/rows.csv | 4 | S1 | MISSING_FIELD",
				"enrollment | enrollment/rows.csv | 5 | S1 | INVALID_VALUE",
				"enrollment | enrollment/rows.csv | 6 | S9 | UNKNOWN_SCHOOL",
				"enrollment | enrollment/rows.csv | 7 | S2 | INCONSISTENT",
				"enrollment | enrollment/utf16.csv | 1 |  | BAD_ENCODING",
				"enrollment | enrollment/utf16be.csv | 1 |  | BAD_ENCODING",
				"teacher_training | teacher_training/after-quote.csv | 3 |  | MALFORMED_ROW",
				"teacher_training | teacher_training/missing-hours.csv | 1 |  | BAD_HEADER",
				"teacher_training | teacher_training/open-quote.csv | 3 |  | MALFORMED_ROW",
				"teacher_training | teacher_training/optional-twice.csv | 1 |  | BAD_HEADER",
				"teacher_training | teacher_training/out-of-period.csv | 2 | S1 | OUT_OF_PERIOD",
				"safety_inspections | safety_inspections/a.csv | 2 | S2 | DUPLICATE_CONFLICT",
				"safety_inspections | safety_inspections/b.csv | 2 | S2 | DUPLICATE_CONFLICT",
				"safety_inspections | safety_inspections/doubled.csv | 1 |  | BAD_HEADER",
				"safety_inspections | safety_inspections/reordered.csv | 2 |  | MALFORMED_ROW",
				"safety_inspections | safety_inspections/reordered.csv | 3 | S1 | MALFORMED_ROW",
				"safety_inspections | safety_inspections/semicolon.csv | 1 |  | BAD_HEADER",
				"safety_inspections | safety_inspections/unparsable-header.csv | 1 |  | BAD_HEADER");
	}

	@Test
	void missingFieldIsTheReasonEvenWhenALaterColumnIsInvalid() {
		assertThat(Published.rejectDetail(rejectsCsv(), "enrollment/rows.csv", 4)).contains("stage")
			.doesNotContain("full_time_teachers");
	}

	@Test
	void textAfterAClosingQuoteEndsTheFileAndTheRestIsNeitherReadNorCounted() {
		assertThat(Published.rejectDetail(rejectsCsv(), "teacher_training/after-quote.csv", 3))
			.contains("rest of the file is not read");
		assertThat(input("teacher_training/after-quote.csv").get("rows_read").asLong()).isEqualTo(2);
		// T3 would have been accepted and T4 rejected had the reader gone on.
		assertThat(Published.rowOf(this.launched.file("school_status.csv"), "S1").get(4)).isEqualTo("1");
	}

	@Test
	void unterminatedQuoteEndsTheFileAndTheRestIsNeitherReadNorCounted() {
		assertThat(Published.rejectDetail(rejectsCsv(), "teacher_training/open-quote.csv", 3))
			.contains("rest of the file is not read");
		assertThat(input("teacher_training/open-quote.csv").get("rows_read").asLong()).isEqualTo(2);
		assertThat(Published.rowOf(this.launched.file("school_status.csv"), "S2").get(4)).isEqualTo("1");
	}

	@Test
	void malformedRowTakesSchoolCodeFromTheHeadersPositionOrLeavesItEmpty() {
		assertThat(Published.rejects(rejectsCsv())).contains(
				"safety_inspections | safety_inspections/reordered.csv | 2 |  | MALFORMED_ROW",
				"safety_inspections | safety_inspections/reordered.csv | 3 | S1 | MALFORMED_ROW");
	}

	@Test
	void duplicateConflictAcrossTwoFilesRejectsBothRecords() {
		assertThat(Published.rejects(rejectsCsv())).contains(
				"safety_inspections | safety_inspections/a.csv | 2 | S2 | DUPLICATE_CONFLICT",
				"safety_inspections | safety_inspections/b.csv | 2 | S2 | DUPLICATE_CONFLICT");
		assertThat(Published.rowOf(this.launched.file("school_status.csv"), "S2").get(5)).isEqualTo("0");
	}

	@Test
	void badHeaderDetailNamesTheMissingOrDoubledColumns() {
		assertThat(Published.rejectDetail(rejectsCsv(), "teacher_training/missing-hours.csv", 1)).contains("hours");
		assertThat(Published.rejectDetail(rejectsCsv(), "safety_inspections/doubled.csv", 1)).contains("category");
		assertThat(Published.rejectDetail(rejectsCsv(), "teacher_training/optional-twice.csv", 1))
			.contains("program_name");
		assertThat(Published.rejectDetail(rejectsCsv(), "safety_inspections/semicolon.csv", 1)).contains("school_code",
				"inspection_id", "inspection_date", "category", "hazards_found", "hazards_rectified", "major_hazards");
	}

	@Test
	void badEncodingDetailSaysHowToSaveTheFile() {
		for (String file : List.of("enrollment/bom-then-bad.csv", "enrollment/invalid-bytes.csv",
				"enrollment/utf16.csv", "enrollment/utf16be.csv")) {
			assertThat(Published.rejectDetail(rejectsCsv(), file, 1)).as(file).containsIgnoringCase("save")
				.contains("UTF-8");
		}
	}

	@Test
	void filesThatAreNotReadHaveRowsReadZeroAndTheirEncodingRecorded() {
		assertThat(input("enrollment/utf16.csv").get("encoding").asString()).isEqualTo("UNKNOWN");
		assertThat(input("enrollment/utf16be.csv").get("encoding").asString()).isEqualTo("UNKNOWN");
		assertThat(input("enrollment/invalid-bytes.csv").get("encoding").asString()).isEqualTo("UNKNOWN");
		assertThat(input("enrollment/bom-then-bad.csv").get("encoding").asString()).isEqualTo("UNKNOWN");
		for (String file : List.of("enrollment/utf16.csv", "enrollment/utf16be.csv", "enrollment/invalid-bytes.csv",
				"enrollment/bom-then-bad.csv", "teacher_training/missing-hours.csv",
				"teacher_training/optional-twice.csv", "safety_inspections/doubled.csv",
				"safety_inspections/semicolon.csv", "safety_inspections/unparsable-header.csv")) {
			assertThat(input(file).get("rows_read").asLong()).as(file).isZero();
		}
	}

	@Test
	void badHeaderAndBadEncodingCountTowardsNoRowFigure() {
		JsonNode categories = Published.json(this.launched.file("manifest.json")).get("categories");
		assertThat(figures(categories.get("enrollment"))).containsExactly(6L, 1L, 5L, 0L);
		assertThat(figures(categories.get("teacher_training"))).containsExactly(5L, 2L, 3L, 0L);
		assertThat(figures(categories.get("safety_inspections"))).containsExactly(4L, 0L, 4L, 0L);
		// S1: rows.csv lines 3-5, out-of-period.csv, reordered.csv line 3; S2: rows.csv line 7 and two conflicts
		assertThat(Published.rowOf(this.launched.file("school_status.csv"), "S1").get(6)).isEqualTo("5");
		assertThat(Published.rowOf(this.launched.file("school_status.csv"), "S2").get(6)).isEqualTo("3");
		assertThat(Published.rowOf(this.launched.file("county_indicators.csv"), "C1").get(40)).isEqualTo("8");
	}

	private Path rejectsCsv() {
		return this.launched.file("rejects.csv");
	}

	private JsonNode input(String path) {
		for (JsonNode input : Published.json(this.launched.file("manifest.json")).get("inputs")) {
			if (input.get("path").asString().equals(path)) {
				return input;
			}
		}
		throw new AssertionError("No input " + path + " in the manifest");
	}

	static List<Long> figures(JsonNode category) {
		return List.of(category.get("rows_read").asLong(), category.get("rows_accepted").asLong(),
				category.get("rows_rejected").asLong(), category.get("duplicates_collapsed").asLong());
	}

	static byte[] utf16le(String text) {
		return text.getBytes(StandardCharsets.UTF_16LE);
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			all.writeBytes(part);
		}
		return all.toByteArray();
	}

}
