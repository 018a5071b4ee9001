package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.springframework.batch.core.BatchStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contract sections 1 to 3 on the project's sample inbox {@code input/} (described, defect by defect, in
 * {@code input/README.md}): the published files must equal the checked-in ones under
 * {@code src/test/resources/golden/2024/}, byte for byte, and {@code manifest.json} field by field except
 * {@code job_execution_id}, {@code completed_at} and the SHA-256 of {@code report.html}, which shows
 * {@code completed_at} (the golden manifest lists the report by its path alone).
 * <p>
 * The expected files were produced by one run of the job and then checked independently, not taken on trust: a
 * separate Python 3 script (kept outside the repository) decodes every raw file itself (UTF-8, or GB18030 when not
 * valid UTF-8), parses strict RFC 4180 with its own physical line counter, applies the row rules and duplicate
 * handling of sections 1 and 2, and recomputes all 41 columns of every county's row, the findings, school_status,
 * the per-category accounting and the manifest inputs. All of them agreed with the job, and its rejects list
 * (category, source_file, line, school_code, reason) equalled the 33 rows of the planted-defect table of input/README.md.
 * <p>
 * County 431302 娄星区, by hand as well: its ten schools have 12 enrollment rows in {@code enrollment/43130200*.csv}
 * and {@code enrollment/娄星区/}; 4313020010's primary row is rejected ("1,194"), leaving 11 accepted rows whose
 * students_male sum to 4474 and students_female to 3990, so students_total = 8464 and
 * students_female_pct = 3990 / 8464 × 100 = 47.14 → 47.1; full_time_teachers = 139 + 90 + 59 + 45 + 68 + 33 + 15 +
 * 42 + 42 + 40 + 42 = 615, so student_teacher_ratio = 8464 / 615 = 13.76 → 13.8 and, with 445 distinct teachers
 * holding a completed row, teachers_trained_pct = 445 / 615 × 100 = 72.36 → 72.4; classes sum to 184, so
 * avg_class_size = 8464 / 184 = 46.0 exactly; its 39 accepted inspections found 101 hazards and rectified 93, so
 * hazard_rectification_pct = 93 / 101 × 100 = 92.08 → 92.1 and hazards_open = 8; the 630 completed training rows
 * hold 11251.0 hours, 11251 / 615 = 18.29 → 18.3 per teacher. rows_rejected = 8: enrollment 4313020010 line 2,
 * training 4313020002 line 39, 4313020003 line 40, 4313020006 line 14, 4313020010 line 24, inspections
 * 4313020001 line 2, 4313020002 line 3 (category 防溺水, a label of no category) and 4313020007 line 2 (the rejected codes {@code 431302009} and {@code ="4313020008"} are not
 * registry schools and count for no county).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleInboxGoldenTests extends JobFunctionalTestSupport {

	private static final Path SAMPLE = Path.of("input");

	private static final Path GOLDEN = Path.of("src/test/resources/golden/2024");

	@TempDir
	static Path temp;

	private Launched launched;

	/** The run's time window, to the second (completed_at is to the second). */
	private Instant started;

	private Instant ended;

	@BeforeAll
	void runTheJobOnTheSampleInbox() throws Exception {
		this.started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		this.launched = run(SAMPLE, temp.resolve("out"), "2024");
		this.ended = Instant.now();
		assertThat(this.launched.status()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void csvOutputsEqualTheVerifiedOnesByteForByte() {
		for (String name : Published.CSV_FILES) {
			assertThat(Published.text(this.launched.file(name))).as(name).isEqualTo(Published.text(GOLDEN.resolve(name)));
			assertThat(Published.bytes(this.launched.file(name))).as(name).isEqualTo(Published.bytes(GOLDEN.resolve(name)));
		}
	}

	@Test
	void manifestEqualsTheVerifiedOneExceptExecutionIdAndCompletionTime() {
		ObjectNode actual = (ObjectNode) Published.json(this.launched.file("manifest.json"));
		ObjectNode expected = (ObjectNode) Published.json(GOLDEN.resolve("manifest.json"));
		assertThat(actual.get("job_execution_id").asLong()).isEqualTo(this.launched.execution().getId());
		String completedAt = actual.get("completed_at").asString();
		assertThat(completedAt).matches(ManifestFunctionalTests.ISO_8601_UTC);
		assertThat(Instant.parse(completedAt)).as("completed_at within the run").isBetween(this.started, this.ended);
		JsonNode report = actual.get("outputs").get(actual.get("outputs").size() - 1);
		assertThat(report.get("path").asString()).isEqualTo(Published.REPORT);
		assertThat(report.get("sha256").asString()).isEqualTo(Published.sha256(this.launched.file(Published.REPORT)));
		((ObjectNode) report).remove("sha256");
		for (ObjectNode manifest : List.of(actual, expected)) {
			manifest.remove("job_execution_id");
			manifest.remove("completed_at");
		}
		for (String field : List.of("period", "inputs", "categories", "outputs")) {
			assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
		}
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void sampleAccountingMatchesTheReadme() {
		JsonNode categories = Published.json(this.launched.file("manifest.json")).get("categories");
		assertThat(RejectReasonsFunctionalTests.figures(categories.get("enrollment"))).containsExactly(61L, 53L, 4L,
				4L);
		assertThat(RejectReasonsFunctionalTests.figures(categories.get("teacher_training"))).containsExactly(3040L,
				3023L, 16L, 1L);
		assertThat(RejectReasonsFunctionalTests.figures(categories.get("safety_inspections"))).containsExactly(199L,
				185L, 11L, 3L);
	}

}
