package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.csv.TextFile;
import org.schoolstats.publish.PreviousPublication;
import org.schoolstats.submission.Period;
import org.schoolstats.support.Published;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contract sections 3.2 to 3.8 and 5 on whole runs: every publication has school_indicators.csv and
 * county_changes.csv; a run compared with an earlier publication fills in the changes, the section-5 findings, the
 * change sentences and {@code previous} in the manifest.
 */
class ComparisonFunctionalTests extends JobFunctionalTestSupport {

	@TempDir
	Path temp;

	/** 2023: S1 with 400 students and 40 teachers, S2 (leaves the registry in 2024) in C1; no C2 yet. */
	private Path inbox2023() {
		return TestInbox.in(this.temp.resolve("in-2023"))
			.registry(TestInbox.REGISTRY_HEADER + "S1,First Primary,C1,North County,primary,urban,public\n"
					+ "S2,Second Junior,C1,North County,junior_secondary,rural,public\n")
			.enrollment("S1.csv", "S1,primary,10,200,200,60,55,1,2,30,40\n")
			.enrollment("S2.csv", "S2,junior,5,100,100,60,55,1,2,30,20\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2023-03-01,2023-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2023-04-01,fire,10,8,0,Li\n")
			.path();
	}

	/** 2024: S1 with 391 students (-2.25 %) and 52 teachers (+30 %); S3 new, in the new county C2. */
	private Path inbox2024() {
		return TestInbox.in(this.temp.resolve("in-2024"))
			.registry(TestInbox.REGISTRY_HEADER + "S1,First Primary,C1,North County,primary,urban,public\n"
					+ "S3,Third Kindergarten,C2,South County,kindergarten,urban,private\n")
			.enrollment("S1.csv", "S1,primary,10,191,200,60,55,1,2,30,52\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,10,9,0,Li\n")
			.path();
	}

	private Path published(String period) {
		return this.temp.resolve("out").resolve(period);
	}

	@Test
	void aRunComparedWithNothingPublishesTheNewFilesWithEmptyChanges() throws Exception {
		assertThat(runComparedWith(inbox2023(), this.temp.resolve("out"), "2023", null).status())
			.isEqualTo(BatchStatus.COMPLETED);

		Path out = published("2023");
		assertThat(Published.header(out.resolve("school_indicators.csv"))).containsExactly("school_code", "county_code",
				"students_total", "classes", "full_time_teachers", "student_teacher_ratio", "new_entrants", "graduates",
				"dropouts", "training_records", "teachers_trained", "training_hours", "inspections", "hazards_found",
				"hazards_rectified", "major_hazards");
		List<Map<String, String>> schools = Published.rows(out.resolve("school_indicators.csv"));
		assertThat(schools.get(1)).as("S2 reported enrollment only: empty means not reported")
			.containsEntry("students_total", "200")
			.containsEntry("training_records", "")
			.containsEntry("inspections", "");
		List<Map<String, String>> changes = Published.rows(out.resolve("county_changes.csv"));
		assertThat(changes).hasSize(11).allSatisfy((row) -> {
			assertThat(row.get("previous")).isEmpty();
			assertThat(row.get("change")).isEmpty();
			assertThat(row.get("change_pct")).isEmpty();
		});
		assertThat(manifest(out).get("previous").isNull()).isTrue();
		assertThat(manifest(out).get("outputs").findValuesAsString("path")).containsExactly("county_indicators.csv",
				"county_summaries.csv", "findings.csv", "school_status.csv", "rejects.csv", "school_indicators.csv",
				"county_changes.csv", "report.html");
	}

	@Test
	void aRunComparedWithTheYearBeforeFillsInChangesFindingsSentencesAndTheManifest() throws Exception {
		assertThat(runComparedWith(inbox2023(), this.temp.resolve("out"), "2023", null).status())
			.isEqualTo(BatchStatus.COMPLETED);
		PreviousPublication.Checked previous = PreviousPublication.check(published("2023"), Period.parse("2024"));
		assertThat(runComparedWith(inbox2024(), this.temp.resolve("out"), "2024", previous).status())
			.isEqualTo(BatchStatus.COMPLETED);

		Path out = published("2024");
		List<Map<String, String>> changes = Published.rows(out.resolve("county_changes.csv"));
		assertThat(changes).hasSize(22);
		assertThat(changes.get(1)).containsEntry("county_code", "C1")
			.containsEntry("indicator", "students_total")
			.containsEntry("previous", "600")
			.containsEntry("current", "391")
			.containsEntry("change", "-209")
			.containsEntry("change_pct", "-34.8");
		assertThat(changes.get(9)).containsEntry("indicator", "hazard_rectification_pct")
			.containsEntry("previous", "80.0")
			.containsEntry("current", "90.0")
			.containsEntry("change", "10.0")
			.containsEntry("change_pct", "");
		assertThat(changes.subList(11, 22)).as("C2 is new in 2024").allSatisfy((row) -> {
			assertThat(row.get("county_code")).isEqualTo("C2");
			assertThat(row.get("previous")).isEmpty();
		});

		assertThat(Published.rows(out.resolve("findings.csv"))).extracting((row) -> row.get("county_code") + " "
				+ row.get("school_code") + " " + row.get("check"))
			.contains("C1 S1 TEACHERS_CHANGED", "C1 S2 LEFT_REGISTRY", "C2 S3 NEW_IN_REGISTRY")
			.doesNotContain("C1 S1 STUDENTS_CHANGED");

		List<Map<String, String>> summaries = Published.rows(out.resolve("county_summaries.csv"));
		assertThat(summaries.get(0).get("summary")).contains("Compared with 2023, the number of students fell by 209 (34.8%)");
		assertThat(summaries.get(1).get("summary")).contains("在校学生比2023年减少209人，下降34.8%");
		assertThat(summaries.get(2).get("summary")).contains("The publication for 2023 has no figures for South County");

		JsonNode manifestPrevious = manifest(out).get("previous");
		assertThat(manifestPrevious.get("period").asString()).isEqualTo("2023");
		assertThat(manifestPrevious.get("manifest_sha256").asString())
			.isEqualTo(TextFile.sha256(published("2023").resolve("manifest.json")));
	}

	@Test
	void aPublicationMadeBeforeSchoolIndicatorsExistedIsComparedByCountyOnly() throws Exception {
		assertThat(runComparedWith(inbox2023(), this.temp.resolve("out"), "2023", null).status())
			.isEqualTo(BatchStatus.COMPLETED);
		Path earlier = published("2023");
		Files.delete(earlier.resolve("school_indicators.csv"));
		String manifest = Files.readString(earlier.resolve("manifest.json"));
		Files.writeString(earlier.resolve("manifest.json"), manifest
			.replaceAll(",\\s*\\{\\s*\"path\"\\s*:\\s*\"school_indicators.csv\"[^}]*\\}", "")
			.replaceAll(",\\s*\"previous\"\\s*:\\s*null", ""));
		PreviousPublication.Checked previous = PreviousPublication.check(earlier, Period.parse("2024"));

		assertThat(runComparedWith(inbox2024(), this.temp.resolve("out"), "2024", previous).status())
			.isEqualTo(BatchStatus.COMPLETED);

		Path out = published("2024");
		assertThat(Published.rows(out.resolve("findings.csv"))).extracting((row) -> row.get("check"))
			.doesNotContain("STUDENTS_CHANGED", "TEACHERS_CHANGED", "NEW_IN_REGISTRY", "LEFT_REGISTRY");
		assertThat(Published.rows(out.resolve("county_changes.csv")).get(1)).containsEntry("change", "-209");
	}

	@Test
	void aComparedPublicationRepublishedAfterTheRunStartedFailsTheRunWithoutPublishing() throws Exception {
		assertThat(runComparedWith(inbox2023(), this.temp.resolve("out"), "2023", null).status())
			.isEqualTo(BatchStatus.COMPLETED);
		PreviousPublication.Checked previous = PreviousPublication.check(published("2023"), Period.parse("2024"));
		assertThat(runComparedWith(inbox2023(), this.temp.resolve("out"), "2023", null).status())
			.as("2023 published again")
			.isEqualTo(BatchStatus.COMPLETED);

		JobExecution execution = runComparedWith(inbox2024(), this.temp.resolve("out"), "2024", previous).execution();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getExitStatus().getExitDescription()).contains("was published again after this run started");
		assertThat(published("2024")).doesNotExist();
	}

	private static JsonNode manifest(Path published) {
		return JsonMapper.builder().build().readTree(published.resolve("manifest.json").toFile());
	}

}
