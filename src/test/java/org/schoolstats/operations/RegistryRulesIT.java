package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.SchoolStatsJar.Result;
import org.schoolstats.support.TestInbox;
import org.springframework.util.FileSystemUtils;

/**
 * Contract section 1.1 through the packaged jar: a broken or missing {@code schools.csv} fails {@code run} with exit
 * code 1 and one plain sentence naming the file (and, for a broken row, the line and the rule) before anything is
 * published, and the previous publication stays as it was (section 3). Every rule of the registry, with the message
 * it gives, is held at unit level by {@code org.schoolstats.registry.RegistryTest}; these two cases show that the
 * message reaches the operator as it is, and what the failure leaves behind.
 */
class RegistryRulesIT {

	private static final String S1 = "S1,First Primary,C1,North County,primary,urban,public\n";

	private static final String S2 = "S2,Second Junior,C1,North County,junior_secondary,rural,public\n";

	@TempDir
	Path work;

	@Test
	void registryRowBreakingARuleFailsTheRunNamingSchoolsCsvTheLineAndTheRuleAndLeavesThePreviousPublication()
			throws IOException {
		Path published = this.work.resolve("out/2024");
		FileSystemUtils.copyRecursively(ProcessTests.reference(), published);
		Map<String, String> before = Published.snapshot(published);
		// school_code S1 again on line 4: school codes are unique in the file
		Path inbox = inbox().registry(TestInbox.REGISTRY_HEADER + S1 + S2 + S1.replace("First", "Other")).path();

		Result result = run(inbox);

		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains("schools.csv", "line 4:", "S1", "unique");
		ProcessTests.assertUnchanged(published, before);
	}

	@Test
	void missingSchoolsCsvFailsTheRunNamingItAndPublishesNothing() throws IOException {
		Path inbox = inbox().path();
		Files.delete(inbox.resolve("schools.csv"));

		Result result = run(inbox);

		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains("schools.csv", "missing");
		assertThat(this.work.resolve("out/2024")).doesNotExist();
	}

	/** The standard registry and one valid return of each category for S1. */
	private TestInbox inbox() {
		return TestInbox.in(this.work.resolve("in"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\n");
	}

	private Result run(Path inbox) {
		return ProcessTests.run(this.work, "run", "--input", inbox.toString(), "--output", "out", "--period", "2024");
	}

}
