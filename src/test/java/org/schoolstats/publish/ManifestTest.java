package org.schoolstats.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;

import tools.jackson.databind.JsonNode;

/** Contract section 3.6: the keys, their order and their types in manifest.json. */
class ManifestTest {

	private static final String SHA = "ab".repeat(32);

	@TempDir
	Path dir;

	private static Manifest manifest() {
		Map<String, Manifest.Category> categories = new LinkedHashMap<>();
		categories.put("enrollment", new Manifest.Category(5, 3, 1, 1));
		categories.put("teacher_training", new Manifest.Category(0, 0, 0, 0));
		categories.put("safety_inspections", new Manifest.Category(2, 2, 0, 0));
		return new Manifest("2024-H1", 7, "2024-12-31T02:00:13Z",
				List.of(new Manifest.Input("schools.csv", SHA, "UTF-8", 3),
						new Manifest.Input("enrollment/第一小学.csv", SHA, "GB18030", 5),
						new Manifest.Input("enrollment/bad.csv", SHA, "UNKNOWN", 0)),
				categories, List.of(new Manifest.Output("county_indicators.csv", SHA, 2L),
						new Manifest.Output("rejects.csv", SHA, 0L)), null);
	}

	private JsonNode written() throws Exception {
		Path file = this.dir.resolve(Manifest.NAME);
		manifest().writeTo(file);
		return Published.json(file);
	}

	@Test
	void topLevelKeysAreThoseOfTheContractInOrder() throws Exception {
		JsonNode written = written();
		assertThat(written.propertyNames()).containsExactly("period", "job_execution_id", "completed_at", "inputs",
				"categories", "outputs", "previous");
		assertThat(written.get("previous").isNull()).as("previous is null when nothing was compared").isTrue();
	}

	@Test
	void previousNamesTheComparedPeriodAndTheHashOfItsManifest() throws Exception {
		Manifest compared = new Manifest("2024", 7, "2024-12-31T02:00:13Z", List.of(), new LinkedHashMap<>(),
				List.of(new Manifest.Output("report.html", SHA, null)), new Manifest.Previous("2023", SHA));
		Path file = this.dir.resolve(Manifest.NAME);
		compared.writeTo(file);
		JsonNode written = Published.json(file);

		assertThat(written.get("previous").propertyNames()).containsExactly("period", "manifest_sha256");
		assertThat(written.get("previous").get("period").asString()).isEqualTo("2023");
		assertThat(written.get("previous").get("manifest_sha256").asString()).isEqualTo(SHA);
		assertThat(written.get("outputs").get(0).has("rows")).as("report.html has no rows").isFalse();
		assertThat(Manifest.read(file)).isEqualTo(compared);
	}

	@Test
	void periodAndCompletedAtAreTextAndTheExecutionIdIsANumber() throws Exception {
		JsonNode json = written();

		assertThat(json.get("period").isString()).isTrue();
		assertThat(json.get("period").asString()).isEqualTo("2024-H1");
		assertThat(json.get("job_execution_id").isIntegralNumber()).isTrue();
		assertThat(json.get("job_execution_id").asLong()).isEqualTo(7);
		assertThat(json.get("completed_at").asString()).isEqualTo("2024-12-31T02:00:13Z");
	}

	@Test
	void inputsListPathSha256EncodingAndRowsReadInOrder() throws Exception {
		JsonNode inputs = written().get("inputs");

		assertThat(inputs.isArray()).isTrue();
		assertThat(inputs).hasSize(3);
		for (JsonNode input : inputs) {
			assertThat(input.propertyNames()).containsExactly("path", "sha256", "encoding", "rows_read");
			assertThat(input.get("rows_read").isIntegralNumber()).isTrue();
		}
		assertThat(inputs.get(0).get("path").asString()).isEqualTo("schools.csv");
		assertThat(inputs.get(1).get("path").asString()).isEqualTo("enrollment/第一小学.csv");
		assertThat(inputs.get(1).get("encoding").asString()).isEqualTo("GB18030");
		assertThat(inputs.get(1).get("rows_read").asLong()).isEqualTo(5);
		assertThat(inputs.get(2).get("encoding").asString()).isEqualTo("UNKNOWN");
		assertThat(inputs.get(2).get("sha256").asString()).isEqualTo(SHA);
	}

	@Test
	void eachCategoryHasExactlyTheFourKeysOfTheRowAccounting() throws Exception {
		JsonNode categories = written().get("categories");

		assertThat(categories.propertyNames()).containsExactly("enrollment", "teacher_training", "safety_inspections");
		for (JsonNode category : categories) {
			assertThat(category.propertyNames()).containsExactly("rows_read", "rows_accepted", "rows_rejected",
					"duplicates_collapsed");
		}
		JsonNode enrollment = categories.get("enrollment");
		assertThat(enrollment.get("rows_read").asLong()).isEqualTo(5);
		assertThat(enrollment.get("rows_accepted").asLong()).isEqualTo(3);
		assertThat(enrollment.get("rows_rejected").asLong()).isEqualTo(1);
		assertThat(enrollment.get("duplicates_collapsed").asLong()).isEqualTo(1);
		assertThat(enrollment.get("rows_read").isIntegralNumber()).isTrue();
	}

	@Test
	void outputsListPathSha256AndRows() throws Exception {
		JsonNode outputs = written().get("outputs");

		assertThat(outputs).hasSize(2);
		for (JsonNode output : outputs) {
			assertThat(output.propertyNames()).containsExactly("path", "sha256", "rows");
			assertThat(output.get("rows").isIntegralNumber()).isTrue();
		}
		assertThat(outputs.get(0).get("path").asString()).isEqualTo("county_indicators.csv");
		assertThat(outputs.get(0).get("rows").asLong()).isEqualTo(2);
	}

	@Test
	void manifestIsWrittenAsUtf8WithoutAByteOrderMark() throws Exception {
		Path file = this.dir.resolve(Manifest.NAME);
		manifest().writeTo(file);
		byte[] bytes = Files.readAllBytes(file);

		assertThat(bytes[0]).isEqualTo((byte) '{');
		assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("enrollment/第一小学.csv")
			.doesNotContain("\r", "\\u");
	}

	@Test
	void manifestReadsBackAsWritten() throws Exception {
		Path file = this.dir.resolve(Manifest.NAME);
		manifest().writeTo(file);

		assertThat(Manifest.read(file)).isEqualTo(manifest());
	}

}
