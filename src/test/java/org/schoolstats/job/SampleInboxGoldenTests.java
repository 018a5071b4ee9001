package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schoolstats.publish.PreviousPublication;
import org.schoolstats.submission.Period;
import org.schoolstats.support.Published;
import org.springframework.batch.core.BatchStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contract sections 1 to 3 and 5 on the project's sample, two related periods of one bureau: {@code input/2023/}
 * and {@code input/2024/} (described, defect by defect and change by change, in {@code input/README.md}), run as
 * the README's first command runs them: 2023 into an output root, then 2024 into the same root, compared with the
 * 2023 publication just made. The published files must equal the checked-in ones under
 * {@code src/test/resources/golden/<period>/}, byte for byte, and each {@code manifest.json} field by field except
 * {@code job_execution_id}, {@code completed_at} and, for 2024, {@code previous.manifest_sha256}, which hashes the
 * 2023 manifest (its id and time included) and must therefore equal the SHA-256 of the 2023 manifest just published,
 * and the SHA-256 of {@code report.html}, which shows {@code completed_at} (the golden manifests list the report by
 * its path alone).
 * <p>
 * The expected files were produced by one run of the jar per period ({@code run --input input/2023 --output X
 * --period 2023}, then the same for 2024) and then checked independently, not taken on trust: a separate Python 3
 * script (kept outside the repository) decodes every raw file itself (UTF-8, GB18030 when not valid UTF-8, a UTF-16
 * byte-order mark refused), parses strict RFC 4180 with its own physical line counter, applies the row rules (Chinese
 * labels included) and duplicate handling of sections 1 and 2, and recomputes all 41 columns of every county's row,
 * school_indicators, school_status, the findings (section-5 checks included, against the 2023 school_indicators),
 * every row of county_changes (change from the printed figures, change_pct rounded half away from zero), the figures
 * and change sentences the summaries must state, the per-category accounting, the manifest's inputs and outputs and
 * {@code previous}. All of them agreed with the job for both periods, and the rejects lists (category, source_file,
 * line, school_code, reason) equalled the planted-defect tables of input/README.md (17 entries for 2023, 33 for 2024).
 * <p>
 * County 350205 海沧区 in 2023, by hand: its nine schools' accepted enrollment rows ({@code enrollment/35020500*.csv};
 * 3502050002 writes its senior section as the label 高中) hold 246 + 1283 + 819 + 445 + 600 + 1073 + 346 + 1127 + 861
 * = 6800 students, 3138 of them female (46.15 → 46.1 %), in 151 classes (6800 / 151 = 45.03 → 45.0), with 28 + 104 +
 * 49 + 36 + 57 + 66 + 41 + 78 + 53 = 512 full-time teachers (6800 / 512 = 13.28 → 13.3); 341 distinct teachers hold a
 * completed training row, 341 / 512 × 100 = 66.60 → 66.6; {@code safety_inspections/3502050006.csv} is UTF-16, so
 * BAD_ENCODING, no inspection for that school (MISSING_INSPECTION) and 8 of 9 schools inspected and complete (88.9);
 * the 40 accepted inspections found 95 hazards and rectified 88 (92.63 → 92.6, 7 open). rows_rejected = 4: training
 * 3502050006 line 3 (start_date 2023.09.01), the conflicting pair 3502050008 lines 28 and 37, inspection 3502050003
 * line 3 (no inspection_id); the BAD_ENCODING file counts for no row figure. Compared in 2024: students 6545 − 6800 =
 * −255, and −255 × 100 / 6800 = −3.75 exactly, printed −3.8 (halves away from zero); full_time_teachers 450 − 512 =
 * −62, −12.109 → −12.1 (in 2024 the senior section of 3502050002, 812 students and 64 teachers, is rejected as 职高);
 * hazard_rectification_pct 98.2 − 92.6 = 5.6 percentage points.
 * <p>
 * County 431302 娄星区 in 2024, by hand: its ten schools have 12 enrollment rows in
 * {@code enrollment/43130200*.csv} and {@code enrollment/娄星区/}; 4313020010's primary row is rejected ("1,194"),
 * leaving 11 accepted rows whose students_male sum to 4474 and students_female to 3990, so students_total = 8464 and
 * students_female_pct = 3990 / 8464 × 100 = 47.14 → 47.1; full_time_teachers = 139 + 90 + 59 + 45 + 68 + 33 + 15 +
 * 42 + 42 + 40 + 42 = 615, so student_teacher_ratio = 8464 / 615 = 13.76 → 13.8 and, with 445 distinct teachers
 * holding a completed row, teachers_trained_pct = 445 / 615 × 100 = 72.36 → 72.4; classes sum to 184, so
 * avg_class_size = 8464 / 184 = 46.0 exactly; its 39 accepted inspections found 101 hazards and rectified 93, so
 * hazard_rectification_pct = 93 / 101 × 100 = 92.08 → 92.1 and hazards_open = 8; the 630 completed training rows
 * hold 11251.0 hours, 11251 / 615 = 18.29 → 18.3 per teacher. rows_rejected = 8: enrollment 4313020010 line 2,
 * training 4313020002 line 39, 4313020003 line 40, 4313020006 line 14, 4313020010 line 24, inspections
 * 4313020001 line 2, 4313020002 line 3 (category 防溺水, a label of no category) and 4313020007 line 2 (the rejected
 * codes {@code 431302009} and {@code ="4313020008"} are not registry schools and count for no county).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleInboxGoldenTests extends JobFunctionalTestSupport {

	private static final Path SAMPLE = Path.of("input");

	private static final Path GOLDEN = Path.of("src/test/resources/golden");

	@TempDir
	static Path temp;

	private final Map<String, Launched> launched = new HashMap<>();

	/** Each run's time window, to the second (completed_at is to the second). */
	private final Map<String, Instant[]> windows = new HashMap<>();

	@BeforeAll
	void runBothPeriodsAsTheReadmeDoes() throws Exception {
		launch("2023", null);
		launch("2024", PreviousPublication.check(output().resolve("2023"), Period.parse("2024")));
	}

	private Path output() {
		return temp.resolve("output").toAbsolutePath();
	}

	private void launch(String period, PreviousPublication.Checked previous) throws Exception {
		Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Launched run = runComparedWith(SAMPLE.resolve(period), output(), period, previous);
		this.windows.put(period, new Instant[] { started, Instant.now() });
		assertThat(run.status()).as(period).isEqualTo(BatchStatus.COMPLETED);
		this.launched.put(period, run);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023", "2024" })
	void csvOutputsEqualTheVerifiedOnesByteForByte(String period) {
		Launched run = this.launched.get(period);
		for (String name : Published.CSV_FILES) {
			Path golden = GOLDEN.resolve(period).resolve(name);
			assertThat(Published.text(run.file(name))).as(period + "/" + name).isEqualTo(Published.text(golden));
			assertThat(Published.bytes(run.file(name))).as(period + "/" + name).isEqualTo(Published.bytes(golden));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023", "2024" })
	void manifestEqualsTheVerifiedOneExceptExecutionIdCompletionTimeAndTheHashOfTheEarlierManifest(String period) {
		Launched run = this.launched.get(period);
		ObjectNode actual = (ObjectNode) Published.json(run.file("manifest.json"));
		ObjectNode expected = (ObjectNode) Published.json(GOLDEN.resolve(period).resolve("manifest.json"));
		assertThat(actual.get("job_execution_id").asLong()).isEqualTo(run.execution().getId());
		String completedAt = actual.get("completed_at").asString();
		assertThat(completedAt).matches(ManifestFunctionalTests.ISO_8601_UTC);
		Instant[] window = this.windows.get(period);
		assertThat(Instant.parse(completedAt)).as("completed_at within the run").isBetween(window[0], window[1]);
		if (period.equals("2024")) {
			assertThat(actual.get("previous").get("manifest_sha256").asString()).as("the 2023 manifest just published")
				.isEqualTo(Published.sha256(output().resolve("2023").resolve("manifest.json")));
			for (ObjectNode manifest : List.of(actual, expected)) {
				((ObjectNode) manifest.get("previous")).remove("manifest_sha256");
			}
		}
		JsonNode report = actual.get("outputs").get(actual.get("outputs").size() - 1);
		assertThat(report.get("path").asString()).isEqualTo(Published.REPORT);
		assertThat(report.get("sha256").asString())
			.isEqualTo(Published.sha256(output().resolve(period).resolve(Published.REPORT)));
		((ObjectNode) report).remove("sha256");
		for (ObjectNode manifest : List.of(actual, expected)) {
			manifest.remove("job_execution_id");
			manifest.remove("completed_at");
		}
		for (String field : List.of("period", "inputs", "categories", "outputs", "previous")) {
			assertThat(actual.get(field)).as(period + " " + field).isEqualTo(expected.get(field));
		}
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void sampleAccountingMatchesTheReadme() {
		JsonNode categories2023 = Published.json(this.launched.get("2023").file("manifest.json")).get("categories");
		assertThat(RejectReasonsFunctionalTests.figures(categories2023.get("enrollment"))).containsExactly(52L, 48L,
				3L, 1L);
		assertThat(RejectReasonsFunctionalTests.figures(categories2023.get("teacher_training")))
			.containsExactly(3054L, 3044L, 9L, 1L);
		assertThat(RejectReasonsFunctionalTests.figures(categories2023.get("safety_inspections")))
			.containsExactly(174L, 170L, 4L, 0L);
		JsonNode categories2024 = Published.json(this.launched.get("2024").file("manifest.json")).get("categories");
		assertThat(RejectReasonsFunctionalTests.figures(categories2024.get("enrollment"))).containsExactly(61L, 53L,
				4L, 4L);
		assertThat(RejectReasonsFunctionalTests.figures(categories2024.get("teacher_training")))
			.containsExactly(3040L, 3023L, 16L, 1L);
		assertThat(RejectReasonsFunctionalTests.figures(categories2024.get("safety_inspections")))
			.containsExactly(199L, 185L, 11L, 3L);
	}

	/**
	 * What the two periods are for (input/README.md, "What the comparison shows"): the 2024 publication holds every
	 * section-5 finding, a county new in 2024, an unchanged figure and a negative half rounded away from zero. The
	 * goldens hold all of it too; this says which rows must stay when the sample is changed.
	 */
	@Test
	void the2024SampleShowsEveryKindOfChangeSinceThe2023One() {
		Path out = this.launched.get("2024").published();
		assertThat(Published.rows(out.resolve("findings.csv")))
			.extracting((row) -> row.get("school_code") + " " + row.get("check"))
			.contains("4313020005 STUDENTS_CHANGED", "4117270008 STUDENTS_CHANGED", "4313020005 TEACHERS_CHANGED",
					"4117270011 NEW_IN_REGISTRY", "2310250001 NEW_IN_REGISTRY", "4313020011 LEFT_REGISTRY")
			.doesNotContain("4313020006 STUDENTS_CHANGED", "4117270008 TEACHERS_CHANGED");
		Map<String, Map<String, String>> changes = new HashMap<>();
		for (Map<String, String> row : Published.rows(out.resolve("county_changes.csv"))) {
			changes.put(row.get("county_code") + " " + row.get("indicator"), row);
		}
		assertThat(changes.get("350205 students_total")).as("-255 / 6800 = -3.75 %, half away from zero")
			.containsEntry("previous", "6800")
			.containsEntry("change", "-255")
			.containsEntry("change_pct", "-3.8");
		assertThat(changes.get("510104 full_time_teachers")).containsEntry("previous", "643")
			.containsEntry("current", "643")
			.containsEntry("change", "0")
			.containsEntry("change_pct", "0.0");
		assertThat(changes.get("231025 students_total")).as("林口县 is new in 2024")
			.containsEntry("previous", "")
			.containsEntry("change", "");
		assertThat(Published.rows(out.resolve("county_summaries.csv")))
			.extracting((row) -> row.get("summary"))
			.anySatisfy((summary) -> assertThat(summary).contains("专任教师与2023年持平"))
			.anySatisfy((summary) -> assertThat(summary).contains("The publication for 2023 has no figures for 林口县"));
	}

}
