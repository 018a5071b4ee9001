package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contract sections 1 and 2: a Chinese label is the same value as its code in duplicate detection, counts and
 * findings; a resubmission written with labels of a return written with codes collapses into it.
 */
class ChineseLabelsFunctionalTests extends JobFunctionalTestSupport {

	@TempDir
	Path temp;

	@Test
	void aResubmissionWrittenWithLabelsCollapsesIntoTheReturnWrittenWithCodes() throws Exception {
		TestInbox inbox = TestInbox.in(this.temp.resolve("in"))
			.enrollment("S1.csv", "S1,senior,10,200,190,60,55,1,2,30,25\nS1,primary,8,150,140,40,35,0,1,10,20\n")
			.enrollment("resubmitted/S1.csv", "S1,高中,10,200,190,60,55,1,2,30,25\nS1,小学,8,150,140,40,35,0,1,10,20\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.training("resubmitted/S1.csv", "S1,T1,P1,Reading,区级,2024-03-01,2024-03-02,12,合格\n")
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\n")
			.inspections("resubmitted/S1.csv", "S1,I1,2024-04-01,消防安全,3,2,0,Li\n");

		Launched launched = run(inbox.path(), this.temp.resolve("out"), "2024");

		assertThat(launched.status()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, String> county = Published.rows(launched.file("county_indicators.csv")).get(0);
		assertThat(county).containsEntry("students_senior", "390")
			.containsEntry("students_primary", "290")
			.containsEntry("training_records", "1")
			.containsEntry("training_county", "1")
			.containsEntry("inspections", "1")
			.containsEntry("rows_rejected", "0");
		JsonNode enrollment = JsonMapper.builder().build().readTree(launched.file("manifest.json").toFile())
			.get("categories")
			.get("enrollment");
		assertThat(enrollment.get("rows_read").asLong()).isEqualTo(4);
		assertThat(enrollment.get("rows_accepted").asLong()).isEqualTo(2);
		assertThat(enrollment.get("duplicates_collapsed").asLong()).isEqualTo(2);
		assertThat(Published.rows(launched.file("rejects.csv"))).isEmpty();
	}

	@Test
	void aLabelAndItsCodeConflictWhenAnotherColumnDiffers() throws Exception {
		TestInbox inbox = TestInbox.in(this.temp.resolve("in"))
			.enrollment("S1.csv", "S1,senior,10,200,190,60,55,1,2,30,25\n")
			.enrollment("resubmitted/S1.csv", "S1,普通高中,10,201,190,60,55,1,2,30,25\n");

		Launched launched = run(inbox.path(), this.temp.resolve("out"), "2024", "100");

		assertThat(launched.status()).isEqualTo(BatchStatus.COMPLETED);
		List<Map<String, String>> rejects = Published.rows(launched.file("rejects.csv"));
		assertThat(rejects).extracting((row) -> row.get("source_file") + ":" + row.get("reason"))
			.containsExactly("enrollment/S1.csv:DUPLICATE_CONFLICT", "enrollment/resubmitted/S1.csv:DUPLICATE_CONFLICT");
		assertThat(rejects.get(0).get("detail")).contains("school_code \"S1\", stage \"senior\"")
			.contains("differs in students_male");
	}

	@Test
	void findingsNameTheCodeOfAStageWrittenAsALabel() throws Exception {
		TestInbox inbox = TestInbox.in(this.temp.resolve("in"))
			.enrollment("S1.csv", "S1,小学,10,400,390,60,55,1,2,30,25\n");

		Launched launched = run(inbox.path(), this.temp.resolve("out"), "2024");

		assertThat(Published.rows(launched.file("findings.csv"))).filteredOn((row) -> row.get("school_code").equals("S1"))
			.extracting((row) -> row.get("check") + ": " + row.get("detail"))
			.anySatisfy((finding) -> assertThat(finding).startsWith("OVERSIZED_CLASSES: stage primary "));
	}

}
