package org.schoolstats.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Contract sections 3 and 4: where a period is published, and where the rejects of a failed run go. */
class OutputDirectoryTest {

	private final Path root = Path.of("out");

	@Test
	void aPeriodIsPublishedInOutputSlashPeriod() {
		assertThat(new OutputDirectory(this.root, "2024").published()).isEqualTo(this.root.resolve("2024"));
		assertThat(new OutputDirectory(this.root, "2024-H1").published()).isEqualTo(this.root.resolve("2024-H1"));
	}

	@Test
	void rejectsOfARunOverTheThresholdGoToPeriodDotFailed() {
		assertThat(new OutputDirectory(this.root, "2024-H2").failed()).isEqualTo(this.root.resolve("2024-H2.failed"));
	}

	@Test
	void workingDirectoriesAreHiddenSiblingsOfThePublishedOneSoThatAMoveIsARename() {
		OutputDirectory output = new OutputDirectory(this.root, "2024");

		Path staging = output.staging(new ExecutionContext());
		for (Path working : new Path[] { staging, output.previous(), output.failedStaging() }) {
			assertThat(working.getParent()).isEqualTo(output.published().getParent());
			assertThat(working.getFileName().toString()).startsWith(".").contains("2024");
			assertThat(working).isNotEqualTo(output.published()).isNotEqualTo(output.failed());
		}
		assertThat(staging).isNotEqualTo(output.previous());
	}

	@Test
	void eachJobInstanceStagesInADirectoryOfItsOwnNamedByAnIdItsExecutionContextKeeps() {
		OutputDirectory output = new OutputDirectory(this.root, "2024");
		ExecutionContext first = new ExecutionContext();
		ExecutionContext other = new ExecutionContext();

		Path staging = output.staging(first);

		assertThat(output.staging(first)).as("the same job: the same directory, also after a restart").isEqualTo(staging);
		assertThat(output.staging(new ExecutionContext(first))).isEqualTo(staging);
		assertThat(output.staging(other)).as("another working directory's run").isNotEqualTo(staging);
		assertThat(staging.getFileName().toString()).startsWith(".2024.staging-");
	}

	@Test
	void stagingDirectoriesOfDeadRunsAreRemovedButTheResumedOnesKept(@TempDir Path temp) throws Exception {
		OutputDirectory output = new OutputDirectory(temp, "2024");
		ExecutionContext resumed = new ExecutionContext();
		Path kept = Files.createDirectories(output.staging(resumed));
		Path dead = Files.createDirectories(output.staging(new ExecutionContext()));
		Path older = Files.createDirectories(temp.resolve(".2024.staging"));
		Path otherPeriod = Files.createDirectories(new OutputDirectory(temp, "2023").staging(new ExecutionContext()));

		output.removeStagingOfDeadRuns(resumed);

		assertThat(kept).isDirectory();
		assertThat(dead).doesNotExist();
		assertThat(older).doesNotExist();
		assertThat(otherPeriod).isDirectory();
		output.removeStagingOfDeadRuns(null);
		assertThat(kept).doesNotExist();
	}

	@Test
	void periodsDoNotShareWorkingDirectories() {
		OutputDirectory h1 = new OutputDirectory(this.root, "2024-H1");
		OutputDirectory h2 = new OutputDirectory(this.root, "2024-H2");
		OutputDirectory year = new OutputDirectory(this.root, "2024");

		ExecutionContext job = new ExecutionContext();
		assertThat(h1.staging(job)).isNotEqualTo(h2.staging(job)).isNotEqualTo(year.staging(job));
		assertThat(h1.previous()).isNotEqualTo(h2.previous()).isNotEqualTo(year.previous());
		assertThat(year.failed()).isNotEqualTo(h1.published()).isNotEqualTo(h1.failed());
	}

}
