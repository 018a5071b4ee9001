package org.schoolstats.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

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

		for (Path working : new Path[] { output.staging(), output.previous(), output.failedStaging() }) {
			assertThat(working.getParent()).isEqualTo(output.published().getParent());
			assertThat(working.getFileName().toString()).startsWith(".").contains("2024");
			assertThat(working).isNotEqualTo(output.published()).isNotEqualTo(output.failed());
		}
		assertThat(output.staging()).isNotEqualTo(output.previous());
	}

	@Test
	void periodsDoNotShareWorkingDirectories() {
		OutputDirectory h1 = new OutputDirectory(this.root, "2024-H1");
		OutputDirectory h2 = new OutputDirectory(this.root, "2024-H2");
		OutputDirectory year = new OutputDirectory(this.root, "2024");

		assertThat(h1.staging()).isNotEqualTo(h2.staging()).isNotEqualTo(year.staging());
		assertThat(h1.previous()).isNotEqualTo(h2.previous()).isNotEqualTo(year.previous());
		assertThat(year.failed()).isNotEqualTo(h1.published()).isNotEqualTo(h1.failed());
	}

}
