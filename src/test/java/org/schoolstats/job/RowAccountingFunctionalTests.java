package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

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

import tools.jackson.databind.JsonNode;

/** Contract section 2: rows_read = rows_accepted + rows_rejected + duplicates_collapsed, nothing counted twice. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowAccountingFunctionalTests extends JobFunctionalTestSupport {

	private static final String INSPECTION_HEADER_WITHOUT_INSPECTOR = "school_code,inspection_id,inspection_date,category,hazards_found,hazards_rectified,major_hazards\n";

	@TempDir
	static Path temp;

	private Launched launched;

	@BeforeAll
	void runTheJob() throws Exception {
		TestInbox inbox = TestInbox.in(temp.resolve("in"))
			.enrollment("E1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n" // 2 accepted
					+ "S1,junior,5,100,100,50,40,0,1,10,12\n" // 3 accepted
					+ ",,,,,,,,,,\n" // 4 empty: skipped
					+ "\n" // 5 blank: skipped
					+ "S1,bogus,5,100,100,50,40,0,1,10,12\n" // 6 rejected
					+ ",,,\n" // 7 all empty, though four fields: skipped, not a MALFORMED_ROW
					+ " \t\u00A0\u3000\n" // 8 spaces only: skipped
					+ "\"\",\" \"\n") // 9 quoted empty values: skipped
			.enrollment("E2.csv", "S1,Primary, 10 ,200,190,60,55,1,2,30,25\n" // the same as E1 line 2
					+ "S1,junior,5,100,100,50,40,0,1,10,12\n" // the same as E1 line 3
					+ "S2,junior,8,150,150,100,90,2,0,5,20\n") // conflicts with E3 line 2
			.enrollment("E3.csv", "S2,junior,08,150,150,100,90,2,0,5,20\n")
			.training("T1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n"
					+ "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n" // collapsed
					+ "S1,T2,P1,Reading,county,2024-03-01,2024-03-02,8,completed\n" // three records of one key,
					+ "S1,T2,P1,Reading,county,2024-03-01,2024-03-02,8,completed\n" // two of them identical:
					+ "S1,T2,P1,Reading,county,2024-03-01,2024-03-02,8.0,completed\n") // all three rejected
			.training("T2.csv", "S2,T3,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n"
					+ "S2,T4,P1,\"Reading,county,2024-03-01,2024-03-02,12,completed\n" // never closed
					+ "S2,T5,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("I1.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\n" // accepted
					+ "S9,I2,2024-04-01,fire,3,2,0,Li\n" // unknown school
					+ "S9,I2,2024-04-01,fire,3,2,0,Li\n" // the same, rejected again: no duplicate among rejects
					+ "S1,I1,2024-04-01,FIRE,3,2,0,Li\n" // collapsed: codes compare in lower case
					+ "S1,I3,2024-04-01,fire,3,2,0,\n") // accepted, inspector empty
			.file("safety_inspections/I2.csv", INSPECTION_HEADER_WITHOUT_INSPECTOR
					+ "S1,I3,2024-04-01,fire,3,2,0\n") // collapsed: a column left out is empty
			.file("safety_inspections/I3.csv", TestInbox.INSPECTION_HEADER.replace("\n", ",note\n")
					+ "S1,I1,2024-04-01,fire,3,2,0,Li,sent again\n"); // collapsed: unknown columns are not compared
		this.launched = run(inbox.path(), temp.resolve("out"), "2024", "100");
		assertThat(this.launched.status()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void eachCategoryAccountsForEveryRecordReadExactlyOnce() {
		JsonNode categories = manifest().get("categories");
		assertThat(RejectReasonsFunctionalTests.figures(categories.get("enrollment"))).containsExactly(7L, 2L, 3L, 2L);
		assertThat(RejectReasonsFunctionalTests.figures(categories.get("teacher_training"))).containsExactly(7L, 2L, 4L,
				1L);
		assertThat(RejectReasonsFunctionalTests.figures(categories.get("safety_inspections"))).containsExactly(7L, 2L,
				2L, 3L);
		for (JsonNode category : categories) {
			List<Long> figures = RejectReasonsFunctionalTests.figures(category);
			assertThat(figures.get(0)).isEqualTo(figures.get(1) + figures.get(2) + figures.get(3));
		}
	}

	@Test
	void emptyRecordsAreSkippedAndNotCounted() {
		assertThat(rowsRead("enrollment/E1.csv")).isEqualTo(3);
	}

	@Test
	void rowsReadOfTheFilesAddUpToTheCategory() {
		JsonNode categories = manifest().get("categories");
		assertThat(rowsRead("enrollment/E1.csv") + rowsRead("enrollment/E2.csv") + rowsRead("enrollment/E3.csv"))
			.isEqualTo(categories.get("enrollment").get("rows_read").asLong());
		assertThat(rowsRead("teacher_training/T1.csv") + rowsRead("teacher_training/T2.csv"))
			.isEqualTo(categories.get("teacher_training").get("rows_read").asLong());
		assertThat(rowsRead("safety_inspections/I1.csv") + rowsRead("safety_inspections/I2.csv")
				+ rowsRead("safety_inspections/I3.csv"))
			.isEqualTo(categories.get("safety_inspections").get("rows_read").asLong());
	}

	@Test
	void valuesThatDifferOnlyAsTextConflict() {
		assertThat(Published.rejects(this.launched.file("rejects.csv"))).contains(
				"enrollment | enrollment/E2.csv | 4 | S2 | DUPLICATE_CONFLICT",
				"enrollment | enrollment/E3.csv | 2 | S2 | DUPLICATE_CONFLICT");
	}

	@Test
	void aConflictRejectsEveryRecordOfItsKeyEvenIdenticalOnes() {
		assertThat(Published.rejects(this.launched.file("rejects.csv"))).contains(
				"teacher_training | teacher_training/T1.csv | 4 | S1 | DUPLICATE_CONFLICT",
				"teacher_training | teacher_training/T1.csv | 5 | S1 | DUPLICATE_CONFLICT",
				"teacher_training | teacher_training/T1.csv | 6 | S1 | DUPLICATE_CONFLICT");
	}

	@Test
	void onlyRecordsThatPassedTheRowRulesTakePartInDuplicateDetection() {
		assertThat(Published.rejects(this.launched.file("rejects.csv"))).contains(
				"safety_inspections | safety_inspections/I1.csv | 3 | S9 | UNKNOWN_SCHOOL",
				"safety_inspections | safety_inspections/I1.csv | 4 | S9 | UNKNOWN_SCHOOL");
	}

	@Test
	void rejectsCsvHoldsOneRowPerRejectedRecord() {
		Map<String, Long> rejected = Map.of("enrollment", 3L, "teacher_training", 4L, "safety_inspections", 2L);
		List<List<String>> rows = Published.dataRows(this.launched.file("rejects.csv"));
		for (Map.Entry<String, Long> category : rejected.entrySet()) {
			assertThat(rows.stream().filter((row) -> row.get(0).equals(category.getKey())).count())
				.as(category.getKey())
				.isEqualTo(category.getValue());
		}
	}

	@Test
	void acceptedRowsOfTheSchoolsAddUpToRowsAccepted() {
		List<List<String>> schools = Published.dataRows(this.launched.file("school_status.csv"));
		JsonNode categories = manifest().get("categories");
		String[] names = { "enrollment", "teacher_training", "safety_inspections" };
		for (int c = 0; c < names.length; c++) {
			int column = 3 + c;
			assertThat(schools.stream().mapToLong((row) -> Long.parseLong(row.get(column))).sum()).as(names[c])
				.isEqualTo(categories.get(names[c]).get("rows_accepted").asLong());
		}
	}

	@Test
	void conflictsCountOnceAsRejectedRowsOfTheirSchool() {
		// S1: enrollment line 6, three training conflicts; S2: two enrollment conflicts (the never-closed record
		// has no school_code); S9 is not a registry school.
		assertThat(Published.rowOf(this.launched.file("school_status.csv"), "S1").get(6)).isEqualTo("4");
		assertThat(Published.rowOf(this.launched.file("school_status.csv"), "S2").get(6)).isEqualTo("2");
		assertThat(Published.rowOf(this.launched.file("county_indicators.csv"), "C1").get(40)).isEqualTo("6");
	}

	private JsonNode manifest() {
		return Published.json(this.launched.file("manifest.json"));
	}

	private long rowsRead(String path) {
		for (JsonNode input : manifest().get("inputs")) {
			if (input.get("path").asString().equals(path)) {
				return input.get("rows_read").asLong();
			}
		}
		throw new AssertionError("No input " + path);
	}

}
