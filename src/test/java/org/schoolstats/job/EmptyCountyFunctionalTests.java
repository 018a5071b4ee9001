package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;

/** Contract sections 3.1, 3.2 and 3.4: a county with no accepted rows, and a school that sent nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmptyCountyFunctionalTests extends JobFunctionalTestSupport {

	@TempDir
	static Path temp;

	private Launched launched;

	@BeforeAll
	void runTheJob() throws Exception {
		// C1: S1 sends everything, S2 nothing. C2: S3's only row is rejected.
		TestInbox inbox = TestInbox.in(temp.resolve("in"))
			.enrollment("S1.csv", "S1,primary,30,634,600,100,90,2,3,40,60\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\n")
			.inspections("S3.csv", "S3,I2,2024-02-30,fire,3,2,0,Li\n");
		this.launched = run(inbox.path(), temp.resolve("out"), "2024", "100");
		assertThat(this.launched.status()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void countyWithNoAcceptedRowsHasZerosAndEmptyRatioCells() {
		assertThat(Published.rowOf(this.launched.file("county_indicators.csv"), "C2")).containsExactly("C2",
				"South County", "1", "0", "0.0", // schools, completeness 0 of 1
				"0", "", "0", "0", "0", "0", "0", // students, female %, by stage
				"0", "", "0", "0", "0", "", // classes, avg class size, entrants, graduates, dropouts, dropout rate
				"0", "0", "0", "", // disabilities, migrant, teachers, student-teacher ratio
				"0", "0", "", "0.0", "", // training records, trained, trained %, hours (a sum), hours per teacher
				"0", "0", "0", "0", "0", // by level
				"0", "0", "0.0", // inspections, schools inspected, coverage of 1 school
				"0", "0", "0", "", "0", // hazards, rectification %, open
				"1"); // the rejected inspection of S3
	}

	@Test
	void countyWithNoAcceptedRowsSaysNoReturnsWereReceived() {
		List<List<String>> summaries = Published.dataRows(this.launched.file("county_summaries.csv"));
		List<String> english = summaries.get(2);
		List<String> chinese = summaries.get(3);
		assertThat(english.subList(0, 2)).containsExactly("C2", "en");
		assertThat(english.get(2)).containsIgnoringCase("no returns were received").contains("South County")
			.doesNotContain("null", "NaN");
		assertThat(chinese.subList(0, 2)).containsExactly("C2", "zh");
		assertThat(chinese.get(2)).contains("未收到", "South County").doesNotContain("null", "NaN");
	}

	@Test
	void summariesWriteCountsWithThousandsSeparatorsInEnglishOnly() {
		List<List<String>> summaries = Published.dataRows(this.launched.file("county_summaries.csv"));
		assertThat(summaries.get(0).subList(0, 2)).containsExactly("C1", "en");
		assertThat(summaries.get(0).get(2)).contains("1,234");
		assertThat(summaries.get(1).subList(0, 2)).containsExactly("C1", "zh");
		assertThat(summaries.get(1).get(2)).contains("1234").doesNotContain("1,234");
	}

	@Test
	void schoolThatSentNothingIsListedAsIncomplete() {
		assertThat(Published.dataRows(this.launched.file("school_status.csv"))).containsExactly(
				List.of("S1", "First Primary", "C1", "1", "1", "1", "0", "yes"),
				List.of("S2", "Second Junior", "C1", "0", "0", "0", "0", "no"),
				List.of("S3", "Third Kindergarten", "C2", "0", "0", "0", "1", "no"));
	}

	@Test
	void schoolsWithoutAcceptedRowsGetEveryMissingFinding() {
		assertThat(Published.findingKeys(this.launched.file("findings.csv"))).containsExactly(
				"C1 S2 MISSING_ENROLLMENT", "C1 S2 MISSING_TRAINING", "C1 S2 MISSING_INSPECTION",
				"C2 S3 MISSING_ENROLLMENT", "C2 S3 MISSING_TRAINING", "C2 S3 MISSING_INSPECTION");
	}

}
