package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;

/** Contract sections 3 and 4: a run replaces the published directory as a whole; validate publishes nothing. */
class RepublishFunctionalTests extends JobFunctionalTestSupport {

	@TempDir
	Path temp;

	@Test
	void republishingReplacesTheWholeDirectory() throws Exception {
		Path output = this.temp.resolve("out");
		Path first = TestInbox.in(this.temp.resolve("first"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.path();
		assertThat(run(first, output, "2024").status()).isEqualTo(BatchStatus.COMPLETED);
		Files.writeString(output.resolve("2024/notes.txt"), "put here by hand\n", StandardCharsets.UTF_8);
		Files.createDirectories(output.resolve("2024/old"));
		Files.writeString(output.resolve("2024/old/county_indicators.csv"), "x\n", StandardCharsets.UTF_8);
		Path second = TestInbox.in(this.temp.resolve("second"))
			.enrollment("S2.csv", "S2,junior,10,200,190,60,55,1,2,30,25\n")
			.path();

		Launched launched = run(second, output, "2024");

		assertThat(launched.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(launched.published().toFile().list()).containsExactlyInAnyOrderElementsOf(Published.FILES);
		assertThat(output.toFile().list()).containsExactly("2024");
		assertThat(Published.dataRows(launched.file("school_status.csv"))).extracting((row) -> row.get(3))
			.containsExactly("0", "1", "0");
	}

	@Test
	void validatePublishesNothing() throws Exception {
		Path input = TestInbox.in(this.temp.resolve("in"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\nS1,junior,x,1,1,1,1,1,1,1,1\n")
			.path();
		Map<String, String> before = Published.snapshot(this.temp);

		Launched launched = validate(input, "2024");

		assertThat(launched.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(launched.execution().getStepExecutions()).extracting(StepExecution::getStepName)
			.doesNotContain("writeOutputs", "publish");
		assertThat(Published.snapshot(this.temp)).isEqualTo(before);
		assertThat(this.temp.toFile().list()).containsExactly("in");
		assertThat(List.of(input.toFile().list())).containsExactlyInAnyOrder("schools.csv", "enrollment");
	}

}
