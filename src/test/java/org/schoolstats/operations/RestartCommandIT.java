package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.operations.ProcessTests.StatusRow;
import org.schoolstats.support.PausedJar;
import org.schoolstats.support.Published;
import org.schoolstats.support.SchoolStatsJar.Result;

/** Contract section 4: {@code restart ID} resumes a failed or abandoned execution; other ids are usage errors. */
class RestartCommandIT {

	@TempDir
	Path work;

	@Test
	void restartResumesAnExecutionLeftByAKilledRunAndPublishes() {
		try (PausedJar paused = PausedJar.start(this.work, "readSafetyInspections", List.of(), "run", "--input",
				ProcessTests.sampleInbox().toString(), "--output", "out", "--period", "2024")) {
			paused.kill();
		}
		List<StatusRow> before = ProcessTests.status(this.work);
		assertThat(before).hasSize(1);
		long id = before.get(0).id();

		Result restarted = ProcessTests.run(this.work, "restart", Long.toString(id));

		assertThat(restarted.exitCode()).as(restarted.output()).isZero();
		ProcessTests.assertNoStackTrace(restarted);
		ProcessTests.assertSamePublication(this.work.resolve("out/2024"), ProcessTests.reference());
		List<StatusRow> after = ProcessTests.status(this.work);
		assertThat(ProcessTests.row(after, id).status()).isNotEqualTo("STARTED");
		assertThat(ProcessTests.row(after, ProcessTests.publishedExecutionId(this.work.resolve("out/2024"))).status())
			.isEqualTo("COMPLETED");
	}

	@Test
	void restartOfACompletedExecutionIsAUsageError() {
		Path reference = ProcessTests.referenceWorkingDirectory();
		long completed = ProcessTests.publishedExecutionId(ProcessTests.reference());
		Map<String, String> published = Published.snapshot(ProcessTests.reference());

		Result result = ProcessTests.run(reference, "restart", Long.toString(completed));

		assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains(Long.toString(completed));
		ProcessTests.assertUnchanged(ProcessTests.reference(), published);
	}

	@Test
	void restartOfAnUnknownIdOfAnExistingRepositoryIsAUsageError() {
		Path reference = ProcessTests.referenceWorkingDirectory();
		long unknown = ProcessTests.publishedExecutionId(ProcessTests.reference()) + 500;

		Result result = ProcessTests.run(reference, "restart", Long.toString(unknown));

		assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains(Long.toString(unknown));
	}

	@Test
	void restartWithoutAnyJobRepositoryIsAUsageError() {
		Result result = ProcessTests.run(this.work, "restart", "7");

		assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains("7");
	}

}
