package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;

/** Contract sections 3 and 4: --max-reject-pct (max.reject.pct) holds per category; rejects go to OUTPUT/2024.failed. */
class RejectThresholdFunctionalTests extends JobFunctionalTestSupport {

	private static final String[] STAGES = { "preschool", "primary", "junior", "senior", "vocational" };

	@TempDir
	Path temp;

	@Test
	void exceedingTheThresholdFailsAndLeavesThePublishedDirectoryByteForByte() throws Exception {
		Path output = this.temp.resolve("out");
		assertThat(run(goodInbox(), output, "2024").status()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, String> published = Published.snapshot(output.resolve("2024"));

		Launched failed = run(badInbox(), output, "2024", "10");

		assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(Published.snapshot(output.resolve("2024"))).isEqualTo(published);
		assertThat(visible(output)).containsExactlyInAnyOrder("2024", "2024.failed");
		assertThat(Published.records(output.resolve("2024.failed/rejects.csv")).get(0))
			.containsExactly("category", "source_file", "line", "school_code", "reason", "detail");
		assertThat(Published.rejects(output.resolve("2024.failed/rejects.csv")))
			.containsExactly("enrollment | enrollment/S1.csv | 3 | S1 | INVALID_VALUE");
	}

	@Test
	void aFailedFirstRunPublishesNoDirectoryAndALaterSuccessfulRunRemovesPeriodFailed() throws Exception {
		Path output = this.temp.resolve("out");
		Path bad = badInbox();
		assertThat(run(bad, output, "2024", "10").status()).isEqualTo(BatchStatus.FAILED);
		assertThat(visible(output)).containsExactly("2024.failed");

		assertThat(run(bad, output, "2024", "50").status()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(visible(output)).containsExactly("2024");
		assertThat(Published.rejects(output.resolve("2024/rejects.csv")))
			.containsExactly("enrollment | enrollment/S1.csv | 3 | S1 | INVALID_VALUE");
	}

	@Test
	void rejectsExactlyAtTheLimitDoNotExceedIt() throws Exception {
		assertThat(run(oneRejectInTen(), this.temp.resolve("out"), "2024", "10").status())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void theLimitAllowsDecimals() throws Exception {
		assertThat(run(oneRejectInTen(), this.temp.resolve("out"), "2024", "9.99").status())
			.isEqualTo(BatchStatus.FAILED);
		assertThat(Files.exists(this.temp.resolve("out/2024"))).isFalse();
	}

	@Test
	void theLimitHoldsForEachCategoryOnItsOwn() throws Exception {
		// 1 of 12 rows overall (8.3 %), but 1 of 2 inspections (50 %)
		StringBuilder enrollment = new StringBuilder();
		for (String school : List.of("S1", "S2")) {
			for (String stage : STAGES) {
				enrollment.append(school).append(',').append(stage).append(",10,200,190,60,55,1,2,30,25\n");
			}
		}
		Path input = TestInbox.in(this.temp.resolve("in"))
			.enrollment("all.csv", enrollment.toString())
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\nS1,I2,2024-04-01,fire,3,2,9,Li\n")
			.path();
		assertThat(run(input, this.temp.resolve("out"), "2024", "10").status()).isEqualTo(BatchStatus.FAILED);
		assertThat(Published.rejects(this.temp.resolve("out/2024.failed/rejects.csv")))
			.containsExactly("safety_inspections | safety_inspections/S1.csv | 3 | S1 | INCONSISTENT");
	}

	@Test
	void badHeaderAndBadEncodingFilesDoNotCountTowardsTheThreshold() throws Exception {
		Path input = TestInbox.in(this.temp.resolve("in"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.file("enrollment/old.csv", "school_code,stage\nS1,junior\n")
			.bytes("enrollment/utf16.csv", RejectReasonsFunctionalTests
				.utf16le("\uFEFF" + TestInbox.ENROLLMENT_HEADER + "S1,senior,10,200,190,60,55,1,2,30,25\n"))
			.path();
		Launched launched = run(input, this.temp.resolve("out"), "2024", "0");
		assertThat(launched.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(Published.rejects(launched.file("rejects.csv"))).containsExactly(
				"enrollment | enrollment/old.csv | 1 |  | BAD_HEADER",
				"enrollment | enrollment/utf16.csv | 1 |  | BAD_ENCODING");
	}

	private Path goodInbox() {
		return TestInbox.in(this.temp.resolve("good"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\n")
			.path();
	}

	/** One enrollment record in three rejected (33.3 %). */
	private Path badInbox() {
		return TestInbox.in(this.temp.resolve("bad"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n" + "S1,junior,ten,200,190,60,55,1,2,30,25\n"
					+ "S1,senior,10,200,190,60,55,1,2,30,25\n")
			.path();
	}

	/** Ten enrollment records, one rejected: exactly 10 %. */
	private Path oneRejectInTen() {
		StringBuilder rows = new StringBuilder();
		for (String school : List.of("S1", "S2")) {
			for (String stage : STAGES) {
				String classes = school.equals("S2") && stage.equals("senior") ? "-1" : "10";
				rows.append(school).append(',').append(stage).append(',').append(classes)
					.append(",200,190,60,55,1,2,30,25\n");
			}
		}
		return TestInbox.in(this.temp.resolve("tenth")).enrollment("all.csv", rows.toString()).path();
	}

	/** What a reader of the output directory sees (names not starting with a dot). */
	private static List<String> visible(Path directory) {
		return Arrays.stream(directory.toFile().list()).filter((name) -> !name.startsWith(".")).sorted().toList();
	}

}
