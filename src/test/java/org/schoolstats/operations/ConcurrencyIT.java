package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.operations.ProcessTests.StatusRow;
import org.schoolstats.support.PausedJar;
import org.schoolstats.support.SampleInbox;
import org.schoolstats.support.SchoolStatsJar.Result;

/**
 * Contract section 4: a {@code run} of a period that another process is running is refused with exit 3; other
 * periods run side by side (default H2 repository, one working directory).
 */
class ConcurrencyIT {

	@TempDir
	Path work;

	@Test
	void runOfAPeriodBeingRunIsRefusedWhileAnotherPeriodRuns() {
		String input = ProcessTests.sampleInbox().toString();
		Path copy = SampleInbox.copyTo(this.work.resolve("inbox-h1"));
		try (PausedJar paused = PausedJar.start(this.work, "readEnrollment", List.of(), "run", "--input", input,
				"--output", "out", "--period", "2024")) {
			Result samePeriod = ProcessTests.run(this.work, "run", "--input", input, "--output", "out", "--period",
					"2024");
			// The sample inbox has many 2024-H2 dates, out of period for H1: allow every reject share.
			Result otherPeriod = ProcessTests.run(this.work, "run", "--input", copy.toString(), "--output", "out",
					"--period", "2024-H1", "--max-reject-pct", "100");
			List<StatusRow> status = ProcessTests.status(this.work);

			assertThat(samePeriod.exitCode()).as(samePeriod.output()).isEqualTo(3);
			assertThat(ProcessTests.assertOnePlainSentence(samePeriod)).contains("2024");
			assertThat(otherPeriod.exitCode()).as(otherPeriod.output()).isZero();
			assertThat(this.work.resolve("out/2024-H1/manifest.json")).isRegularFile();
			assertThat(this.work.resolve("out/2024")).doesNotExist();
			assertThat(status).filteredOn((row) -> row.period().equals("2024-H1"))
				.extracting(StatusRow::status)
				.containsExactly("COMPLETED");
			assertThat(status).as("2024 is listed as running").anyMatch((row) -> row.period().equals("2024")
					&& (row.status().equals("STARTED") || row.status().equals("RUNNING")));
			assertThat(paused.isAlive()).as("the run of 2024 still holds its period").isTrue();
		}
	}

}
