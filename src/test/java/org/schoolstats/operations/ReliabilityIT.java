package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schoolstats.support.PausedJar;
import org.schoolstats.support.Published;
import org.schoolstats.support.SchoolStatsJar.Result;
import org.schoolstats.support.SchoolStatsJar;
import org.schoolstats.support.TestInbox;

/**
 * The faults a real deployment meets, on the packaged jar (contract sections 3 and 4): two working directories
 * publishing into one output root, cron's environment, signals, a file rewritten while it is read, a full disk,
 * inputs that must be refused, and the words a failure uses.
 */
class ReliabilityIT {

	/** Small commits, one read worker: many checkpoints in a small inbox. */
	private static final List<String> SMALL_CHUNKS = List.of("-Dschool-stats.batch-size=1",
			"-Dschool-stats.chunk-size=2", "-Dschool-stats.read-workers=1");

	@TempDir
	Path work;

	private Path inbox() {
		TestInbox inbox = TestInbox.in(this.work.resolve("inbox"));
		for (int school = 1; school <= 3; school++) {
			String s = "S" + school;
			inbox.enrollment(s + ".csv", s + ",primary,10,200,190,60,55,1,2,30,25\n" + s + ",junior,5,90,80,30,25,0,1,5,12\n")
				.training(s + ".csv", s + ",T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n" + s
						+ ",T2,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
				.inspections(s + ".csv", s + ",I1,2024-04-01,fire,3,2,0,Li\n" + s + ",I2,2024-05-01,food,1,1,0,Li\n");
		}
		return inbox.path();
	}

	private static String[] run(Path input, Path output) {
		return new String[] { "run", "--input", input.toString(), "--output", output.toString(), "--period", "2024" };
	}

	private static Map<String, String> manifestHashes(Path published) {
		Map<String, String> listed = new java.util.TreeMap<>();
		Published.json(published.resolve("manifest.json"))
			.get("outputs")
			.forEach((output) -> listed.put(output.get("path").asString(), output.get("sha256").asString()));
		return listed;
	}

	/** A whole publication: exactly the contract's files, each with the SHA-256 its manifest lists. */
	private static void assertWhole(Path published) {
		assertThat(ProcessTests.fileNames(published)).containsExactlyInAnyOrderElementsOf(Published.FILES);
		manifestHashes(published).forEach((name, sha256) -> assertThat(Published.sha256(published.resolve(name)))
			.as(name + " is the file its manifest lists")
			.isEqualTo(sha256));
	}

	private static List<String> hidden(Path outputRoot) throws IOException {
		try (Stream<Path> children = Files.list(outputRoot)) {
			return children.map((child) -> child.getFileName().toString()).filter((name) -> name.startsWith(".2024.staging"))
				.toList();
		}
	}

	// 1. Two working directories, one output root

	@ParameterizedTest(name = "the first run paused at {0}")
	@ValueSource(strings = { "readTeacherTraining", "publish.between-moves" })
	void aSecondWorkingDirectoryIsRefusedWhileTheFirstPublishesAndPublishesWholeAfterIt(String point) throws Exception {
		Path input = inbox();
		Path output = this.work.resolve("out");
		// Published once already, so that the paused run has a publication to move away (publish.between-moves).
		assertThat(ProcessTests.run(this.work.resolve("a"), run(input, output)).exitCode()).isZero();
		try (PausedJar first = PausedJar.start(this.work.resolve("a"), point, SMALL_CHUNKS, "run", "--input",
				input.toString(), "--output", output.toString(), "--period", "2024", "--force")) {
			Result second = ProcessTests.run(this.work.resolve("b"), run(input, output));

			assertThat(second.exitCode()).as(second.output()).isEqualTo(ExitCode.BUSY);
			assertThat(ProcessTests.assertOnePlainSentence(second)).contains("2024").contains(output.toString());
			first.kill();
		}
		Result second = ProcessTests.run(this.work.resolve("b"), run(input, output));

		assertThat(second.exitCode()).as(second.output()).isZero();
		assertWhole(output.resolve("2024"));
		assertThat(hidden(output)).as("the dead run's staging directory is removed").isEmpty();
	}

	// 2. cron's environment

	@Test
	void underCronsBareEnvironmentAChineseOutputIsRefusedNotMangled() throws IOException {
		Result result = SchoolStatsJar.runInBareEnvironment(this.work, Map.of("PATH", "/usr/bin:/bin"), "run",
				"--input", inbox().toString(), "--output", "发布目录", "--period", "2024");

		assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.USAGE);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains("LANG=C.UTF-8");
		try (Stream<Path> children = Files.list(this.work)) {
			assertThat(children.map((child) -> child.getFileName().toString())).noneMatch((name) -> name.contains("?"))
				.doesNotContain("发布目录");
		}
	}

	@Test
	void underCronsBareEnvironmentAChineseInputOrWorkingDirectoryIsOneSentence() throws IOException {
		Path chinese = Files.createDirectories(this.work.resolve("工作目录"));
		Result input = SchoolStatsJar.runInBareEnvironment(this.work, Map.of("PATH", "/usr/bin:/bin"), "run",
				"--input", chinese.toString(), "--output", "out", "--period", "2024");
		Result directory = SchoolStatsJar.runInBareEnvironment(chinese, Map.of("PATH", "/usr/bin:/bin"), "status");

		for (Result result : List.of(input, directory)) {
			assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.USAGE);
			assertThat(ProcessTests.assertOnePlainSentence(result)).contains("LANG=C.UTF-8");
		}
	}

	// 3. A file rewritten between the fingerprint and the read

	@Test
	void aFileRewrittenAfterTheScanFailsTheRunNamingItAndPublishesNothing() throws Exception {
		Path input = inbox();
		Path output = this.work.resolve("out");
		Result result;
		try (PausedJar paused = PausedJar.start(this.work, "readEnrollment", SMALL_CHUNKS, run(input, output))) {
			Files.writeString(input.resolve("enrollment/S2.csv"),
					TestInbox.ENROLLMENT_HEADER + "S2,primary,10,201,190,60,55,1,2,30,25\n", StandardCharsets.UTF_8);
			result = paused.release();
		}

		assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.FAILED);
		assertThat(ProcessTests.assertOnePlainSentence(result)).isEqualTo("The file enrollment/S2.csv changed while "
				+ "the run was reading it: run again when the school has finished uploading.");
		assertThat(output.resolve("2024")).doesNotExist();
	}

	// 4. Signals

	@ParameterizedTest(name = "SIGTERM at {0}")
	@ValueSource(strings = { "readTeacherTraining-files:partition0#1", "reconcile", "publish" })
	void sigtermStopsTheRunWhichTheSameCommandResumesToTheSameBytes(String point) throws Exception {
		Path input = inbox();
		Path output = this.work.resolve("out");
		Result stopped;
		try (PausedJar paused = PausedJar.start(this.work, point, SMALL_CHUNKS, run(input, output))) {
			stopped = paused.signal("TERM");
		}

		assertThat(stopped.exitCode()).as(stopped.output()).isEqualTo(ExitCode.FAILED);
		assertThat(ProcessTests.assertOnePlainSentence(stopped))
			.isEqualTo("Stopped by SIGTERM; nothing new was published: run the same command to resume.");
		assertThat(output.resolve("2024")).doesNotExist();
		assertThat(ProcessTests.status(this.work)).extracting(ProcessTests.StatusRow::status).containsExactly("STOPPED");

		Result resumed = ProcessTests.run(this.work, SMALL_CHUNKS, Map.of(), run(input, output));
		assertThat(resumed.exitCode()).as(resumed.output()).isZero();
		assertThat(resumed.stdout()).contains("Resuming execution");
		Path reference = this.work.resolve("reference");
		assertThat(ProcessTests.run(reference, run(input, reference.resolve("out"))).exitCode()).isZero();
		ProcessTests.assertSamePublication(output.resolve("2024"), reference.resolve("out/2024"));
	}

	@Test
	void sigintAsCtrlCStopsTheSameWay() throws Exception {
		Path input = inbox();
		Result stopped;
		try (PausedJar paused = PausedJar.start(this.work, "reconcile", SMALL_CHUNKS, run(input, this.work.resolve("out")))) {
			stopped = paused.signal("INT");
		}
		assertThat(stopped.exitCode()).as(stopped.output()).isEqualTo(ExitCode.FAILED);
		assertThat(ProcessTests.assertOnePlainSentence(stopped)).startsWith("Stopped by SIGINT;");
	}

	@Test
	void aStopDuringTheFinalMovesLetsThemFinishAndReportsThePublication() throws Exception {
		Path input = inbox();
		Path output = this.work.resolve("out");
		assertThat(ProcessTests.run(this.work, run(input, output)).exitCode()).isZero();
		Result stopped;
		try (PausedJar paused = PausedJar.start(this.work, "publish.between-moves", SMALL_CHUNKS, "run", "--input",
				input.toString(), "--output", output.toString(), "--period", "2024", "--force")) {
			stopped = paused.signal("TERM");
		}

		assertThat(stopped.exitCode()).as(stopped.output()).isZero();
		assertThat(stopped.stdout()).contains("Published " + output.resolve("2024"));
		assertWhole(output.resolve("2024"));
	}

	// 5. Full disk

	@Test
	void aFullDiskUnderStateIsSaidInOneSentenceNamingIt() throws Exception {
		Path small = Files.createDirectories(this.work.resolve("small"));
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", small.toString())
			.redirectErrorStream(true)
			.start();
		assumeTrue(mount.waitFor() == 0, "a small file system cannot be mounted here (needs root and CAP_SYS_ADMIN): "
				+ new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
		try {
			Result result = ProcessTests.run(small, run(inbox(), this.work.resolve("out")));

			assertThat(result.exitCode()).as(result.output()).isIn(ExitCode.FAILED, ExitCode.USAGE);
			assertThat(ProcessTests.assertOnePlainSentence(result)).contains("no space left on device")
				.contains(small.resolve("state").toString());
		}
		finally {
			new ProcessBuilder("umount", "-l", small.toString()).start().waitFor();
		}
	}

	// 6. Inputs that must be refused

	@Test
	void aPublicationInsideACategoryFolderOfTheInboxIsRefused() throws IOException {
		Path input = inbox();
		Result result = ProcessTests.run(this.work, run(input, input.resolve("enrollment/published")));

		assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.USAGE);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains("category folder");
		assertThat(input.resolve("enrollment/published/2024")).doesNotExist();
	}

	@Test
	void anInboxInsideThePublicationOrItsStagingIsRefused() throws IOException {
		Path output = this.work.resolve("out");
		Path insidePublication = TestInbox.in(output.resolve("2024/inbox")).path();
		Path insideStaging = TestInbox.in(output.resolve(".2024.staging-1234abcd/inbox")).path();

		for (Path input : List.of(insidePublication, insideStaging)) {
			Result result = ProcessTests.run(this.work, run(input, output));
			assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.USAGE);
			assertThat(ProcessTests.assertOnePlainSentence(result)).contains("lies inside the publication");
		}
	}

	@Test
	void aFileWhereThePublicationGoesIsRefusedAndKept() throws IOException {
		Path output = Files.createDirectories(this.work.resolve("out"));
		Files.writeString(output.resolve("2024"), "not a publication");

		Result result = ProcessTests.run(this.work, run(inbox(), output));

		assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.USAGE);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains("is a file");
		assertThat(output.resolve("2024")).hasContent("not a publication");
	}

	@Test
	void aPathLongerThanTheRepositoryKeepsIsRefusedNamingTheLimit() throws IOException {
		Path input = inbox();
		Path deep = this.work.resolve("out");
		while (deep.toString().length() < 2100) {
			deep = deep.resolve("a".repeat(200));
		}
		Result result = ProcessTests.run(this.work, run(input, deep));

		assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.USAGE);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains("2000").doesNotContainIgnoringCase("sql");
	}

	@Test
	void statusWithANegativeLimitIsAUsageError() {
		Result result = ProcessTests.run(this.work, "status", "--limit", "-1");

		assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.USAGE);
		ProcessTests.assertNoStackTrace(result);
		assertThat(result.stderr()).contains("--limit must be 1 or more");
	}

	@Test
	void anEmptyOrDamagedRepositoryIsNotRecreatedSilently() throws IOException {
		Path state = Files.createDirectories(this.work.resolve("state"));
		Path repository = state.resolve("repository-2024.mv.db");
		Files.createFile(repository);

		Result empty = ProcessTests.run(this.work, run(inbox(), this.work.resolve("out")));

		assertThat(empty.exitCode()).as(empty.output()).isEqualTo(ExitCode.USAGE);
		assertThat(ProcessTests.assertOnePlainSentence(empty)).contains("empty").contains("move it aside");
		assertThat(repository).isEmptyFile();

		Files.write(repository, "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8));
		Result damaged = ProcessTests.run(this.work, run(inbox(), this.work.resolve("out")));

		assertThat(damaged.exitCode()).as(damaged.output()).isEqualTo(ExitCode.USAGE);
		assertThat(ProcessTests.assertOnePlainSentence(damaged)).contains("move it aside").contains("restore it");
	}

	// 7. No stack traces, whatever the working directory

	@Test
	void aWorkingDirectoryWhereStateCannotBeCreatedIsOneSentence() throws IOException {
		Files.writeString(this.work.resolve("state"), "a file where the state directory goes");

		Result result = ProcessTests.run(this.work, run(inbox(), this.work.resolve("out")));

		assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.USAGE);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains("keeps its state").contains("cannot be created");
	}

	// 8. What is skipped is said, in the right words

	@Test
	void aLinkToAFolderIsNotFollowedAndSaidSo() throws IOException {
		Path input = inbox();
		Path elsewhere = TestInbox.in(this.work.resolve("elsewhere"))
			.enrollment("S1.csv", "S1,senior,10,200,190,60,55,1,2,30,25\n")
			.path()
			.resolve("enrollment");
		Files.createSymbolicLink(input.resolve("enrollment/old"), elsewhere);

		Result result = ProcessTests.run(this.work, run(input, this.work.resolve("out")));

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.stdout()).contains("Warning: enrollment/old is a link to a folder, which is not followed");
	}

	@Test
	void aPipeOrALinkLoopOrADeviceIsNamedForWhatItIs() throws Exception {
		Path input = inbox();
		Path pipe = input.resolve("schools-pipe");
		assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
		Files.move(input.resolve("schools.csv"), input.resolve("schools.bak"));
		Files.move(pipe, input.resolve("schools.csv"));
		Result fifo = ProcessTests.run(this.work, run(input, this.work.resolve("out")));
		assertThat(ProcessTests.assertOnePlainSentence(fifo)).contains("schools.csv").contains("not a regular file");
		Files.delete(input.resolve("schools.csv"));
		Files.move(input.resolve("schools.bak"), input.resolve("schools.csv"));

		Files.createSymbolicLink(input.resolve("enrollment/loop.csv"), input.resolve("enrollment/loop.csv"));
		Result loop = ProcessTests.run(this.work, run(input, this.work.resolve("out")));
		assertThat(loop.exitCode()).as(loop.output()).isEqualTo(ExitCode.FAILED);
		assertThat(ProcessTests.assertOnePlainSentence(loop)).contains("enrollment/loop.csv").contains("loop of links");
		Files.delete(input.resolve("enrollment/loop.csv"));

		Files.createSymbolicLink(input.resolve("enrollment/zero.csv"), Path.of("/dev/zero"));
		Result device = ProcessTests.run(this.work, run(input, this.work.resolve("out")));
		assertThat(ProcessTests.assertOnePlainSentence(device)).contains("enrollment/zero.csv")
			.contains("not a regular file");
		Files.delete(input.resolve("enrollment/zero.csv"));
	}

}
