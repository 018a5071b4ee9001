package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.PausedJar;
import org.schoolstats.support.Published;
import org.schoolstats.support.SchoolStatsJar.Result;
import org.schoolstats.support.TestInbox;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;

/**
 * Contract sections 4 and 5 on the packaged jar: a {@code run} compares with the same period a year earlier under
 * its output root, with the publication {@code --previous} names, or with nothing; a damaged compared publication
 * fails the run before anything is published; being up to date, resuming a killed run and {@code restart} hold to
 * the compared publication's {@code manifest.json} bytes.
 */
class ComparisonIT {

	/** The section-5 checks of findings.csv (3.3). */
	private static final List<String> COMPARED_CHECKS = List.of("STUDENTS_CHANGED", "TEACHERS_CHANGED",
			"NEW_IN_REGISTRY", "LEFT_REGISTRY");

	/**
	 * The two inboxes, and one working directory in which 2023 was published and then 2024 by default compared with
	 * it; the tests copy its publications and never change them.
	 */
	@TempDir
	static Path shared;

	private static Result sharedRun2024;

	@TempDir
	Path work;

	@BeforeAll
	static void publish2023ThenCompare2024WithIt() {
		// 2023: S1 with 400 students and 40 teachers, S2 (leaves the registry in 2024) in C1; no C2 yet.
		TestInbox.in(shared.resolve("in-2023"))
			.registry(TestInbox.REGISTRY_HEADER + "S1,First Primary,C1,North County,primary,urban,public\n"
					+ "S2,Second Junior,C1,North County,junior_secondary,rural,public\n")
			.enrollment("S1.csv", "S1,primary,10,200,200,60,55,1,2,30,40\n")
			.enrollment("S2.csv", "S2,junior,5,100,100,60,55,1,2,30,20\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2023-03-01,2023-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2023-04-01,fire,10,8,0,Li\n");
		// 2024: S1 with 391 students and 52 teachers (+30 %); S3 new, in the new county C2.
		TestInbox.in(shared.resolve("in-2024"))
			.registry(TestInbox.REGISTRY_HEADER + "S1,First Primary,C1,North County,primary,urban,public\n"
					+ "S3,Third Kindergarten,C2,South County,kindergarten,urban,private\n")
			.enrollment("S1.csv", "S1,primary,10,191,200,60,55,1,2,30,52\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,10,9,0,Li\n");
		Result first = run(shared, "2023");
		assertThat(first.exitCode()).as(first.output()).isZero();
		sharedRun2024 = run(shared, "2024");
		assertThat(sharedRun2024.exitCode()).as(sharedRun2024.output()).isZero();
	}

	/** {@code run} of the period's inbox into {@code out/} of the working directory, with more options. */
	private static Result run(Path workingDirectory, String period, String... more) {
		List<String> args = new ArrayList<>(List.of("run", "--input", shared.resolve("in-" + period).toString(),
				"--output", "out", "--period", period));
		args.addAll(List.of(more));
		return ProcessTests.run(workingDirectory, args.toArray(String[]::new));
	}

	private static String firstLine(Result result) {
		return result.stdout().lines().findFirst().orElse("");
	}

	private static JsonNode manifest(Path published) {
		return Published.json(published.resolve("manifest.json"));
	}

	/** {@code previous.manifest_sha256} of a published manifest. */
	private static String comparedSha256(Path published) {
		JsonNode previous = manifest(published).get("previous");
		assertThat(previous.isNull()).as("previous in " + published).isFalse();
		return previous.get("manifest_sha256").asString();
	}

	/** Copies a publication of the shared working directory into this test's {@code out/}. */
	private Path copyPublished(String period) throws IOException {
		Path copy = this.work.resolve("out").resolve(period);
		FileSystemUtils.copyRecursively(shared.resolve("out").resolve(period), copy);
		return copy;
	}

	private static List<String> findingChecks(Path published) {
		return Published.rows(published.resolve("findings.csv")).stream().map((row) -> row.get("check")).toList();
	}

	// The default: the same period a year earlier

	@Test
	void byDefaultARunComparesWithTheSamePeriodAYearEarlierUnderItsOutputRoot() {
		Path earlier = shared.resolve("out/2023");
		Path out = shared.resolve("out/2024");

		assertThat(firstLine(sharedRun2024)).contains("compared with 2023 (" + earlier.toAbsolutePath() + ")");
		JsonNode previous = manifest(out).get("previous");
		assertThat(previous.get("period").asString()).isEqualTo("2023");
		assertThat(previous.get("manifest_sha256").asString())
			.isEqualTo(Published.sha256(earlier.resolve("manifest.json")));
		assertThat(Published.rows(out.resolve("county_changes.csv")).get(1)).containsEntry("county_code", "C1")
			.containsEntry("indicator", "students_total")
			.containsEntry("previous", "600")
			.containsEntry("change", "-209");
		assertThat(findingChecks(out)).contains("TEACHERS_CHANGED", "NEW_IN_REGISTRY", "LEFT_REGISTRY");
	}

	@Test
	void statusShowsTheComparedPeriodOfEachExecution() {
		Result status = ProcessTests.run(shared, "status");
		assertThat(status.exitCode()).as(status.output()).isZero();
		List<String> lines = status.stdout().lines().toList();
		String header = lines.stream().filter((line) -> line.startsWith("ID")).findFirst().orElseThrow();
		int compared = header.indexOf("COMPARED");
		assertThat(compared).as(header).isPositive();

		long id2024 = ProcessTests.publishedExecutionId(shared.resolve("out/2024"));
		long id2023 = ProcessTests.publishedExecutionId(shared.resolve("out/2023"));
		assertThat(comparedColumn(lines, id2024, compared)).isEqualTo("2023");
		assertThat(comparedColumn(lines, id2023, compared)).as("2023 compared with nothing").isEqualTo("-");
	}

	private static String comparedColumn(List<String> lines, long id, int column) {
		String line = lines.stream()
			.filter((candidate) -> candidate.startsWith(id + " "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No execution " + id + " in " + lines));
		return line.substring(column).strip().split("\\s+")[0];
	}

	// --previous none, and a --previous that does not exist

	@Test
	void previousNoneComparesWithNothingEvenWhenTheYearBeforeIsPublished() throws IOException {
		Path earlier = copyPublished("2023");
		Map<String, String> earlierFiles = Published.snapshot(earlier);

		Result result = run(this.work, "2024", "--previous", "none");

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(firstLine(result)).contains("compared with nothing");
		Path out = this.work.resolve("out/2024");
		assertThat(manifest(out).get("previous").isNull()).as("previous is null").isTrue();
		List<Map<String, String>> changes = Published.rows(out.resolve("county_changes.csv"));
		assertThat(changes).hasSize(22).allSatisfy((row) -> {
			assertThat(row.get("previous")).isEmpty();
			assertThat(row.get("change")).isEmpty();
			assertThat(row.get("change_pct")).isEmpty();
		});
		assertThat(findingChecks(out)).doesNotContainAnyElementsOf(COMPARED_CHECKS);
		ProcessTests.assertUnchanged(earlier, earlierFiles);
	}

	@Test
	void aPreviousDirectoryThatDoesNotExistIsAUsageError() {
		Result result = run(this.work, "2024", "--previous", "out/2022");

		assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains(this.work.resolve("out/2022").toString())
			.contains("--previous");
		assertThat(this.work.resolve("out/2024")).doesNotExist();
	}

	@Test
	void validateHasNoPreviousOption() {
		Result result = ProcessTests.run(this.work, "validate", "--input", shared.resolve("in-2024").toString(),
				"--period", "2024", "--previous", "none");

		assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains("Unknown option").contains("--previous");
	}

	// A damaged compared publication: exit 1 before anything is published

	@Test
	void aChangedByteInAListedFileFailsTheRunNamingTheFileAndPublishesNothing() throws IOException {
		Path earlier = copyPublished("2023");
		Path file = earlier.resolve("county_indicators.csv");
		byte[] bytes = Files.readAllBytes(file);
		int last = bytes.length - 2; // a figure of the last row, before the final line break
		bytes[last] = (byte) (bytes[last] == '0' ? '1' : '0');
		Files.write(file, bytes);

		Result result = run(this.work, "2024");

		String message = assertDamaged(result, earlier, Published.snapshot(earlier));
		assertThat(message).contains("county_indicators.csv").contains("republish 2023");
		assertNothingPublished();
	}

	@Test
	void aMissingListedFileFailsTheRunNamingTheFileAndKeepsThePublishedPeriod() throws IOException {
		Path earlier = copyPublished("2023");
		Files.delete(earlier.resolve("school_indicators.csv"));
		Path published = copyPublished("2024");
		Map<String, String> publishedFiles = Published.snapshot(published);

		Result result = run(this.work, "2024");

		String message = assertDamaged(result, earlier, Published.snapshot(earlier));
		assertThat(message).contains("school_indicators.csv").contains("missing").contains("republish 2023");
		ProcessTests.assertUnchanged(published, publishedFiles);
	}

	@Test
	void aPublicationOfTheRunsOwnPeriodIsRefusedNamingItsManifest() throws IOException {
		Path published = copyPublished("2024");
		Map<String, String> publishedFiles = Published.snapshot(published);

		Result result = run(this.work, "2024", "--previous", "out/2024");

		String message = assertDamaged(result, published, publishedFiles);
		assertThat(message).contains("manifest.json").contains("2024");
		assertThat(this.work.resolve("out/2024.failed")).doesNotExist();
	}

	@Test
	void aManifestEditedToAnotherPeriodThanItsDirectoryFailsTheRun() throws IOException {
		Path earlier = copyPublished("2023");
		Path manifest = earlier.resolve("manifest.json");
		String text = Files.readString(manifest, StandardCharsets.UTF_8);
		assertThat(text).contains("\"period\": \"2023\"");
		Files.writeString(manifest, text.replace("\"period\": \"2023\"", "\"period\": \"2022\""),
				StandardCharsets.UTF_8);

		Result result = run(this.work, "2024");

		String message = assertDamaged(result, earlier, Published.snapshot(earlier));
		assertThat(message).contains("manifest.json").contains("2022").contains("republish 2023");
		assertNothingPublished();
	}

	/**
	 * Exit 1 with one plain sentence naming the compared publication and saying how to go on; the compared
	 * publication is left as it was.
	 */
	private static String assertDamaged(Result result, Path compared, Map<String, String> comparedFiles) {
		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		String message = ProcessTests.assertOnePlainSentence(result);
		assertThat(message).contains(compared.toAbsolutePath().toString()).contains("--previous none");
		assertThat(message.replace(compared.toAbsolutePath().toString(), "DIR")).as("one sentence")
			.doesNotContainPattern("[.:;] [A-Z]");
		ProcessTests.assertUnchanged(compared, comparedFiles);
		return message;
	}

	/** No publication of 2024, and nothing of one on its way (the period's lock file may stay). */
	private void assertNothingPublished() throws IOException {
		try (var names = Files.list(this.work.resolve("out"))) {
			assertThat(names.map((path) -> path.getFileName().toString()).filter((name) -> !name.equals(".2024.lock")))
				.containsExactly("2023");
		}
	}

	// Up to date holds to the compared publication's bytes

	@Test
	void aRunIsUpToDateOnlyWhileTheComparedPublicationIsTheSame() {
		assertThat(run(this.work, "2023").exitCode()).isZero();
		Path earlier = this.work.resolve("out/2023");
		Path out = this.work.resolve("out/2024");
		Result first = run(this.work, "2024");
		assertThat(first.exitCode()).as(first.output()).isZero();
		Map<String, String> firstFiles = Published.snapshot(out);
		long firstId = ProcessTests.publishedExecutionId(out);

		Result again = run(this.work, "2024");

		assertThat(again.exitCode()).as(again.output()).isZero();
		assertThat(again.stdout()).contains("up to date");
		ProcessTests.assertUnchanged(out, firstFiles);

		String earlierSha256 = Published.sha256(earlier.resolve("manifest.json"));
		Result republished = run(this.work, "2023", "--force");
		assertThat(republished.exitCode()).as(republished.output()).isZero();
		String republishedSha256 = Published.sha256(earlier.resolve("manifest.json"));
		assertThat(republishedSha256).as("2023 published again").isNotEqualTo(earlierSha256);

		Result afterRepublishing = run(this.work, "2024");

		assertThat(afterRepublishing.exitCode()).as(afterRepublishing.output()).isZero();
		assertThat(afterRepublishing.stdout()).doesNotContain("up to date");
		assertThat(ProcessTests.publishedExecutionId(out)).isNotEqualTo(firstId);
		assertThat(comparedSha256(out)).isEqualTo(republishedSha256);

		Result upToDateAgain = run(this.work, "2024");

		assertThat(upToDateAgain.exitCode()).as(upToDateAgain.output()).isZero();
		assertThat(upToDateAgain.stdout()).contains("up to date");
	}

	// A killed run and the publication it compares with

	@Test
	void aKilledRunResumesAndStillComparesWithTheSamePublication() throws Exception {
		assertThat(run(this.work, "2023").exitCode()).isZero();
		Path earlier = this.work.resolve("out/2023");
		Map<String, String> earlierFiles = Published.snapshot(earlier);
		killed2024At("writeOutputs");

		Result rerun = run(this.work, "2024");

		assertThat(rerun.exitCode()).as(rerun.output()).isZero();
		List<Execution> executions = executions2024();
		assertThat(executions).hasSize(2);
		Execution killed = executions.get(0);
		Execution resumed = executions.get(1);
		assertThat(rerun.stdout()).contains("Resuming execution " + killed.id());
		assertThat(resumed.instance()).as("the same job instance, resumed").isEqualTo(killed.instance());
		assertThat(resumed.status()).isEqualTo("COMPLETED");
		Path out = this.work.resolve("out/2024");
		assertThat(ProcessTests.publishedExecutionId(out)).isEqualTo(resumed.id());
		assertThat(comparedSha256(out)).isEqualTo(Published.sha256(earlier.resolve("manifest.json")));
		ProcessTests.assertUnchanged(earlier, earlierFiles);
	}

	@Test
	void aKilledRunWhoseComparedPublicationWasRepublishedIsNotRestartedButStartsAfreshWithTheNewOne()
			throws Exception {
		assertThat(run(this.work, "2023").exitCode()).isZero();
		Path earlier = this.work.resolve("out/2023");
		killed2024At("readTeacherTraining");
		long killed = executions2024().get(0).id();
		Result republished = run(this.work, "2023", "--force");
		assertThat(republished.exitCode()).as(republished.output()).isZero();

		Result restart = ProcessTests.run(this.work, "restart", Long.toString(killed));

		assertThat(restart.exitCode()).as(restart.output()).isEqualTo(1);
		assertThat(ProcessTests.assertOnePlainSentence(restart)).contains(Long.toString(killed))
			.contains(earlier.toAbsolutePath().toString())
			.contains("published again");
		assertThat(this.work.resolve("out/2024")).doesNotExist();

		Result rerun = run(this.work, "2024");

		assertThat(rerun.exitCode()).as(rerun.output()).isZero();
		assertThat(rerun.stdout()).contains("Execution " + killed + " failed")
			.contains("compared with another publication")
			.contains("starts afresh")
			.doesNotContain("Resuming");
		List<Execution> executions = executions2024();
		assertThat(executions).hasSize(2);
		assertThat(executions.get(0).status()).isEqualTo("ABANDONED");
		assertThat(executions.get(1).instance()).as("a new job instance").isNotEqualTo(executions.get(0).instance());
		Path out = this.work.resolve("out/2024");
		assertThat(ProcessTests.publishedExecutionId(out)).isEqualTo(executions.get(1).id());
		assertThat(comparedSha256(out)).isEqualTo(Published.sha256(earlier.resolve("manifest.json")));
	}

	/** Runs 2024 until the pause point and kills it there, as {@code kill -9} does. */
	private void killed2024At(String point) {
		try (PausedJar paused = PausedJar.start(this.work, point, List.of(), "run", "--input",
				shared.resolve("in-2024").toString(), "--output", "out", "--period", "2024")) {
			paused.kill();
		}
		assertThat(this.work.resolve("out/2024")).doesNotExist();
	}

	/** An execution of the 2024 job repository: its id, job instance and status. */
	private record Execution(long id, long instance, String status) {
	}

	private List<Execution> executions2024() throws Exception {
		List<Execution> executions = new ArrayList<>();
		try (Connection db = ProcessTests.repository(this.work, "2024"); Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery("select JOB_EXECUTION_ID, JOB_INSTANCE_ID, STATUS from "
						+ "BATCH_JOB_EXECUTION order by JOB_EXECUTION_ID")) {
			while (rows.next()) {
				executions.add(new Execution(rows.getLong(1), rows.getLong(2), rows.getString(3)));
			}
		}
		return executions;
	}

}
