package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.SchoolStatsJar.Result;

/** Contract sections 1 and 3: Chinese paths are read and written in UTF-8 whatever the locale ({@code LANG=C}). */
class LocaleIT {

	@TempDir
	Path work;

	@Test
	void runUnderCLocalePublishesChinesePathsInUtf8() {
		Result result = ProcessTests.run(this.work, List.of(), Map.of("LANG", "C", "LC_ALL", "C"), "run", "--input",
				ProcessTests.sampleInbox().toString(), "--output", "out", "--period", "2024");

		assertThat(result.exitCode()).as(result.output()).isZero();
		Path published = this.work.resolve("out/2024");
		assertThat(ProcessTests.text(published.resolve("rejects.csv")))
			.contains("teacher_training/汝南县/4117270003.csv")
			.contains("teacher_training/锦江区 2024秋季/5101040004.csv");
		assertThat(ProcessTests.text(published.resolve("manifest.json"))).contains("safety_inspections/海沧区/")
			.contains("enrollment/娄星区/");
		ProcessTests.assertSamePublication(published, ProcessTests.reference());
	}

}
