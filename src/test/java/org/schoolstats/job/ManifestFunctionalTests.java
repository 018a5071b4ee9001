package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/** Contract sections 1 ("Input layout") and 3.6: what manifest.json lists, with hashes computed here. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManifestFunctionalTests extends JobFunctionalTestSupport {

	/** An ISO-8601 UTC date and time: seconds, optionally a fraction, and Z. */
	static final String ISO_8601_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

	private static final String ENROLLMENT_ROW = ",10,200,190,60,55,1,2,30,25\n";

	@TempDir
	static Path temp;

	private Path input;

	private Launched launched;

	/** The run's time window, to the second (completed_at is to the second). */
	private Instant started;

	private Instant ended;

	@BeforeAll
	void runTheJob() throws Exception {
		Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
		Files.writeString(elsewhere.resolve("E.csv"), TestInbox.ENROLLMENT_HEADER + "S2,senior" + ENROLLMENT_ROW,
				StandardCharsets.UTF_8);
		Path folder = Files.createDirectories(elsewhere.resolve("folder"));
		Files.writeString(folder.resolve("F.csv"), TestInbox.ENROLLMENT_HEADER + "S3,preschool" + ENROLLMENT_ROW,
				StandardCharsets.UTF_8);
		TestInbox inbox = TestInbox.in(temp.resolve("in"))
			.enrollment("S1.csv", "S1,primary" + ENROLLMENT_ROW + "S1,junior" + ENROLLMENT_ROW)
			.enrollment("sub/S2.CSV", "S2,junior" + ENROLLMENT_ROW)
			.enrollment(".hidden.csv", "S3,primary" + ENROLLMENT_ROW)
			.enrollment(".drafts/S3.csv", "S3,primary" + ENROLLMENT_ROW)
			.file("enrollment/notes.txt", "not a csv file\n")
			.file("other/S3.csv", TestInbox.ENROLLMENT_HEADER + "S3,primary" + ENROLLMENT_ROW)
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\nS1,I2,2024-04-01,fire,3,4,0,Li\n")
			.bytes("safety_inspections/utf16.csv",
					RejectReasonsFunctionalTests.utf16le("\uFEFF" + TestInbox.INSPECTION_HEADER));
		// --input and a category folder may be links; below them, a link to a file is read as that file and a link
		// to a folder is not followed.
		Path training = Files.createDirectories(elsewhere.resolve("training/县"));
		Files.writeString(training.resolveSibling("old.csv"),
				"school_code,teacher_id,program_code,program_name,program_level,start_date,end_date,result\n"
						+ "S1,T0,P1,Reading,county,2024-03-01,2024-03-02,completed\n",
				StandardCharsets.UTF_8);
		Files.writeString(training.resolve("S1.csv"), TestInbox.TRAINING_HEADER
				+ "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n", StandardCharsets.UTF_8);
		Files.createSymbolicLink(inbox.path().resolve("teacher_training"), training.getParent());
		Files.createSymbolicLink(inbox.path().resolve("enrollment/linked.csv"), elsewhere.resolve("E.csv"));
		Files.createSymbolicLink(inbox.path().resolve("enrollment/linked-folder"), folder);
		this.input = Files.createSymbolicLink(temp.resolve("in-link"), inbox.path());
		this.started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		this.launched = run(this.input, temp.resolve("out"), "2024", "100");
		this.ended = Instant.now();
		assertThat(this.launched.status()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void manifestHasTheContractsFields() {
		assertThat(manifest().propertyNames()).containsExactly("period", "job_execution_id", "completed_at",
				"inputs", "categories", "outputs", "previous");
		assertThat(manifest().get("period").asString()).isEqualTo("2024");
	}

	@Test
	void inputsListSchoolsCsvFirstThenEveryCsvFileInProcessingOrder() {
		assertThat(inputs()).extracting((input) -> input.get("path").asString()).containsExactly("schools.csv",
				"enrollment/S1.csv", "enrollment/linked.csv", "enrollment/sub/S2.CSV", "teacher_training/old.csv",
				"teacher_training/县/S1.csv", "safety_inspections/S1.csv", "safety_inspections/utf16.csv");
	}

	@Test
	void inputsCarryTheSha256OfTheirBytesTheirEncodingAndRowsRead() {
		List<String> expected = List.of("enrollment/S1.csv UTF-8 2", "enrollment/linked.csv UTF-8 1",
				"enrollment/sub/S2.CSV UTF-8 1", "teacher_training/old.csv UTF-8 0",
				"teacher_training/县/S1.csv UTF-8 1", "safety_inspections/S1.csv UTF-8 2",
				"safety_inspections/utf16.csv UNKNOWN 0");
		List<String> actual = new ArrayList<>();
		for (JsonNode input : inputs()) {
			String path = input.get("path").asString();
			assertThat(input.get("sha256").asString()).as(path).isEqualTo(Published.sha256(this.input.resolve(path)));
			if (!path.equals("schools.csv")) {
				actual.add(path + " " + input.get("encoding").asString() + " " + input.get("rows_read").asLong());
			}
			else {
				assertThat(input.get("encoding").asString()).isEqualTo("UTF-8");
			}
		}
		assertThat(actual).containsExactlyElementsOf(expected);
	}

	@Test
	void categoriesHaveExactlyTheFourFigures() {
		JsonNode categories = manifest().get("categories");
		assertThat(categories.propertyNames()).containsExactlyInAnyOrder("enrollment", "teacher_training",
				"safety_inspections");
		for (JsonNode category : categories) {
			assertThat(category.propertyNames()).containsExactlyInAnyOrder("rows_read", "rows_accepted",
					"rows_rejected", "duplicates_collapsed");
			category.forEach((figure) -> assertThat(figure.isIntegralNumber()).isTrue());
		}
		assertThat(RejectReasonsFunctionalTests.figures(categories.get("enrollment"))).containsExactly(4L, 4L, 0L, 0L);
		assertThat(RejectReasonsFunctionalTests.figures(categories.get("teacher_training"))).containsExactly(1L, 1L, 0L,
				0L);
		assertThat(RejectReasonsFunctionalTests.figures(categories.get("safety_inspections"))).containsExactly(2L, 1L,
				1L, 0L);
	}

	@Test
	void outputsListEveryOtherPublishedFileWithItsSha256AndDataRows() {
		List<String> listed = new ArrayList<>();
		for (JsonNode output : manifest().get("outputs")) {
			String path = output.get("path").asString();
			listed.add(path);
			Path file = this.launched.file(path);
			assertThat(output.get("sha256").asString()).as(path).isEqualTo(Published.sha256(file));
			if (path.equals(Published.REPORT)) {
				assertThat(output.propertyNames()).as("report.html has no rows").containsExactly("path", "sha256");
			}
			else {
				assertThat(output.get("rows").asLong()).as(path).isEqualTo(Published.dataRows(file).size());
			}
		}
		assertThat(listed).containsExactlyElementsOf(Published.OUTPUTS);
	}

	@Test
	void jobExecutionIdIsTheJobRepositorysExecutionId() {
		JsonNode id = manifest().get("job_execution_id");
		assertThat(id.isIntegralNumber()).isTrue();
		assertThat(id.asLong()).isEqualTo(this.launched.execution().getId());
	}

	@Test
	void completedAtIsTheUtcTimeOfTheRunInIso8601WithZ() {
		String completedAt = manifest().get("completed_at").asString();
		assertThat(completedAt).matches(ISO_8601_UTC);
		assertThat(Instant.parse(completedAt)).as("completed_at within the run").isBetween(this.started, this.ended);
	}

	@Test
	void manifestIsWrittenLast() throws Exception {
		FileTime manifest = Files.getLastModifiedTime(this.launched.file("manifest.json"));
		for (String name : this.launched.published().toFile().list()) {
			assertThat(Files.getLastModifiedTime(this.launched.file(name))).as(name).isLessThanOrEqualTo(manifest);
		}
	}

	private JsonNode manifest() {
		return Published.json(this.launched.file("manifest.json"));
	}

	private List<JsonNode> inputs() {
		List<JsonNode> inputs = new ArrayList<>();
		manifest().get("inputs").forEach(inputs::add);
		return inputs;
	}

}
