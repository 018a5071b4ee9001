package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.SchoolStatsJar.Result;

/**
 * Contract sections 1 and 4 under cron's environment: Java cannot name Chinese files under a locale that is not
 * UTF-8, so the jar refuses to start there, with the one setting that fixes it, instead of publishing into a mangled
 * path (docs/decisions.md, "Locale").
 */
class LocaleIT {

	@TempDir
	Path work;

	@Test
	void runUnderCLocaleExitsTwoSayingToSetAUtf8LocaleAndPublishesNothing() {
		Result result = ProcessTests.run(this.work, List.of(), Map.of("LANG", "C", "LC_ALL", "C"), "run", "--input",
				ProcessTests.sampleInbox().toString(), "--output", "out", "--period", "2024");

		assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.USAGE);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains("UTF-8 locale").contains("LANG=C.UTF-8");
		assertThat(this.work.resolve("out")).doesNotExist();
		assertThat(this.work.resolve("state/repository-2024.mv.db")).as("no job repository was opened").doesNotExist();
	}

	@Test
	void helpNeedsNoLocale() {
		Result result = ProcessTests.run(this.work, List.of(), Map.of("LANG", "C", "LC_ALL", "C"), "run", "--help");

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.stdout()).contains("--input");
	}

}
