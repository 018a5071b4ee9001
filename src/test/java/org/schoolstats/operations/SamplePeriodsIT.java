package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.SchoolStatsJar.Result;

import tools.jackson.databind.JsonNode;

/**
 * Contract sections 4 and 5 as the README's first command runs them: the jar publishes the sample's 2023, then its
 * 2024 into the same output root, and the 2024 run finds {@code OUTPUT/2023/} by itself and compares with it. What
 * both publish is what the verified goldens hold (SampleInboxGoldenTests runs the same in-process).
 */
class SamplePeriodsIT {

	private static final Path GOLDEN = Path.of("src/test/resources/golden");

	@TempDir
	Path work;

	@Test
	void theReadmesFirstCommandPublishes2023ThenA2024ComparedWithItByDefault() {
		Result first = ProcessTests.run(this.work, "run", "--input", ProcessTests.sample2023().toString(), "--output",
				"output", "--period", "2023");
		assertThat(first.exitCode()).as(first.output()).isZero();
		Result second = ProcessTests.run(this.work, "run", "--input", ProcessTests.sampleInbox().toString(),
				"--output", "output", "--period", "2024");
		assertThat(second.exitCode()).as(second.output()).isZero();

		assertThat(second.stdout()).contains("compared with 2023");
		for (String period : new String[] { "2023", "2024" }) {
			Path published = this.work.resolve("output").resolve(period);
			for (String name : Published.CSV_FILES) {
				assertThat(published.resolve(name)).as(period + "/" + name)
					.hasSameBinaryContentAs(GOLDEN.resolve(period).resolve(name));
			}
		}
		JsonNode previous = Published.json(this.work.resolve("output/2024/manifest.json")).get("previous");
		assertThat(previous.get("period").asString()).isEqualTo("2023");
		assertThat(previous.get("manifest_sha256").asString())
			.isEqualTo(Published.sha256(this.work.resolve("output/2023/manifest.json")));
	}

}
