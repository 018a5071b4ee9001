package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.job.JobFunctionalTestSupport;
import org.schoolstats.publish.Manifest;
import org.schoolstats.submission.Period;
import org.schoolstats.support.Published;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 6: a generated inbox is clean (the job accepts every row), and while the job runs the console shows a line
 * per step with its time and, during the read steps, the files done of the total, the rows, the rate and the time
 * left. The progress interval is cut to a millisecond so that a small inbox shows every kind of line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "school-stats.progress-interval-ms=1")
class GeneratedInboxFunctionalTests extends JobFunctionalTestSupport {

	private static final int COUNTIES = 4;

	private static final int SCHOOLS = 5;

	@TempDir
	static Path temp;

	@Autowired
	ProgressReporter progress;

	private long rowsWritten;

	private Launched launched;

	private List<String> console;

	@BeforeAll
	void generateAndRun() throws Exception {
		this.rowsWritten = new InboxGenerator(COUNTIES, SCHOOLS, 6, 2, 3, Period.parse("2024"), 11)
			.writeTo(temp.resolve("in"));
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		this.progress.printTo(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			this.launched = run(temp.resolve("in"), temp.resolve("out"), "2024");
		}
		finally {
			this.progress.printTo(null);
		}
		this.console = printed.toString(StandardCharsets.UTF_8).lines().toList();
	}

	@Test
	void generatedInboxIsAcceptedWholeWithoutRejects() {
		assertThat(this.launched.status()).isEqualTo(BatchStatus.COMPLETED);
		Manifest manifest = Manifest.read(this.launched.file(Manifest.NAME));
		assertThat(manifest.categories().values().stream().mapToLong(Manifest.Category::rowsRead).sum())
			.isEqualTo(this.rowsWritten);
		assertThat(manifest.categories().values()).allSatisfy((category) -> {
			assertThat(category.rowsAccepted()).isEqualTo(category.rowsRead());
			assertThat(category.rowsRejected()).isZero();
		});
		assertThat(Published.rows(this.launched.file("rejects.csv"))).isEmpty();
		assertThat(manifest.inputs()).hasSize(1 + 3 * COUNTIES * SCHOOLS);
	}

	@Test
	void readStepsShowFilesOfTotalRowsRowsPerSecondAndTimeLeft() {
		Pattern reading = Pattern.compile(
				"  reading (enrollment|teacher_training|safety_inspections): [\\d,]+ of 20 files, [\\d,]+ rows, "
						+ "[\\d,]+ rows/s(, about \\d+ s left)?");
		assertThat(this.console).as(String.join("\n", this.console))
			.anyMatch((line) -> reading.matcher(line).matches());
		assertThat(this.console).anyMatch((line) -> line.startsWith("  reading teacher_training: "));
	}

	@Test
	void otherStepsSayTheyAreStillAtWork() {
		Pattern heartbeat = Pattern.compile("  reconcile: still at work, \\d+ s so far");
		assertThat(this.console).anyMatch((line) -> heartbeat.matcher(line).matches());
	}

	@Test
	void everyStepShowsOneLineWithItsTimeAndReadStepsTheirFilesAndRows() {
		for (String step : List.of("checkRegistry", "scanInbox", "reconcile", "checkRejectThreshold", "writeOutputs",
				"publish")) {
			Pattern done = Pattern.compile("  " + step + " +completed in \\d+\\.\\d s");
			assertThat(this.console).as(step).filteredOn((line) -> done.matcher(line).matches()).hasSize(1);
		}
		Pattern read = Pattern.compile("  (readEnrollment|readTeacherTraining|readSafetyInspections) +completed in "
				+ "\\d+\\.\\d s \\(20 files, ([\\d,]+) rows\\)");
		long rows = this.console.stream()
			.map(read::matcher)
			.filter(java.util.regex.Matcher::matches)
			.mapToLong((line) -> Long.parseLong(line.group(2).replace(",", "")))
			.sum();
		assertThat(rows).isEqualTo(this.rowsWritten);
		assertThat(this.console.stream().filter((line) -> read.matcher(line).matches())).hasSize(3);
	}

}
