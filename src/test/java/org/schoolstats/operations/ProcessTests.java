package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.schoolstats.support.Published;
import org.schoolstats.support.SchoolStatsJar.Result;
import org.schoolstats.support.SchoolStatsJar;
import org.springframework.util.FileSystemUtils;

/**
 * What the process-level tests of section 4 share: the sample inbox, one uninterrupted reference run of it (made
 * once per test JVM, since every start of the jar costs seconds), publications compared byte for byte, the rows of
 * {@code status}, and the job repository file read back after the processes have ended.
 */
final class ProcessTests {

	/** Only start-up gets faster; what the jar does is the same. */
	static final List<String> JVM = SchoolStatsJar.FAST_START;

	static final List<String> CSV_FILES = Published.CSV_FILES;

	private static Path referenceRoot;

	private ProcessTests() {
	}

	/** The sample inbox of the project for period 2024 ({@code input/2024/}). */
	static Path sampleInbox() {
		return sample("2024");
	}

	/** The sample inbox of the project for period 2023 ({@code input/2023/}), the year the 2024 one compares with. */
	static Path sample2023() {
		return sample("2023");
	}

	private static Path sample(String period) {
		Path inbox = SchoolStatsJar.jar().getParent().getParent().resolve("input").resolve(period);
		assertThat(inbox.resolve("schools.csv")).as("the sample inbox of " + period).exists();
		return inbox;
	}

	static Result run(Path workingDirectory, String... args) {
		return SchoolStatsJar.run(workingDirectory, JVM, Map.of(), args);
	}

	static Result run(Path workingDirectory, List<String> jvmOptions, Map<String, String> environment,
			String... args) {
		List<String> options = new ArrayList<>(JVM);
		options.addAll(jvmOptions);
		return SchoolStatsJar.run(workingDirectory, options, environment, args);
	}

	/**
	 * The publication of an uninterrupted {@code run} of the sample inbox for 2024 with default options: what every
	 * interrupted, resumed or relaunched run of the same inbox must publish too.
	 */
	static synchronized Path reference() {
		if (referenceRoot == null) {
			try {
				Path root = Files.createTempDirectory("school-stats-reference");
				Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(root.toFile())));
				Result result = run(root, "run", "--input", sampleInbox().toString(), "--output", "out", "--period",
						"2024");
				assertThat(result.exitCode()).as(result.output()).isZero();
				referenceRoot = root;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return referenceRoot.resolve("out").resolve("2024");
	}

	/** The working directory of the reference run (its {@code ./state} holds one completed execution). */
	static Path referenceWorkingDirectory() {
		reference();
		return referenceRoot;
	}

	/**
	 * The same publication: exactly the same files, the CSV files byte for byte, {@code report.html} byte for byte
	 * apart from the completion time it shows, and the manifest byte for byte apart from {@code job_execution_id},
	 * {@code completed_at} and the SHA-256 of {@code report.html} (which shows {@code completed_at}).
	 */
	static void assertSamePublication(Path actual, Path expected) {
		assertThat(actual).isDirectory();
		assertThat(fileNames(actual)).isEqualTo(fileNames(expected));
		for (String name : CSV_FILES) {
			assertThat(actual.resolve(name)).as(name).hasSameBinaryContentAs(expected.resolve(name));
		}
		assertThat(Published.reportWithoutCompletionTime(actual.resolve(Published.REPORT)))
			.as("report.html apart from the completion time")
			.isEqualTo(Published.reportWithoutCompletionTime(expected.resolve(Published.REPORT)));
		assertThat(withoutRunIdentity(Published.text(actual.resolve("manifest.json"))))
			.as("manifest.json apart from job_execution_id, completed_at and the SHA-256 of report.html")
			.isEqualTo(withoutRunIdentity(Published.text(expected.resolve("manifest.json"))));
	}

	private static String withoutRunIdentity(String manifest) {
		assertThat(manifest).containsPattern("\"job_execution_id\"\\s*:\\s*\\d+")
			.containsPattern("\"completed_at\"\\s*:\\s*\"[^\"]+Z\"");
		return Published.withoutReportSha256(manifest.replaceFirst("(\"job_execution_id\"\\s*:\\s*)\\d+", "$1ID")
			.replaceFirst("(\"completed_at\"\\s*:\\s*)\"[^\"]*\"", "$1TIME"));
	}

	/** The job_execution_id of a published manifest. */
	static long publishedExecutionId(Path published) {
		Matcher matcher = Pattern.compile("\"job_execution_id\"\\s*:\\s*(\\d+)")
			.matcher(Published.text(published.resolve("manifest.json")));
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	static List<String> fileNames(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The directory holds exactly the files of the earlier {@link Published#snapshot}, byte for byte. */
	static void assertUnchanged(Path directory, Map<String, String> before) {
		assertThat(directory).as(directory + " still published").isDirectory();
		assertThat(Published.snapshot(directory)).as(directory + ": every file, by SHA-256").isEqualTo(before);
	}

	/** One plain sentence on the console, never a stack trace. */
	static void assertNoStackTrace(Result result) {
		assertThat(result.output()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Caused by");
	}

	/** The failure printed as one plain line (a sentence: it ends with a full stop), and no stack trace. */
	static String assertOnePlainSentence(Result result) {
		assertNoStackTrace(result);
		String message = result.stderr().strip();
		assertThat(message).as("the message on standard error").isNotEmpty().doesNotContain("\n").endsWith(".");
		return message;
	}

	/**
	 * A row of {@code status}: its id ({@code -1} when the row shows none, as for a period whose repository another
	 * process holds), period and status, and the whole line.
	 */
	record StatusRow(long id, String period, String status, String line) {
	}

	static final Pattern STATUS_ROW = Pattern.compile("^\\s*(\\d+|-)\\s+(\\S+)\\s+(\\S+)\\s.*$");

	static List<StatusRow> status(Path workingDirectory) {
		Result result = run(workingDirectory, "status");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertNoStackTrace(result);
		List<StatusRow> rows = new ArrayList<>();
		for (String line : result.stdout().lines().toList()) {
			Matcher matcher = STATUS_ROW.matcher(line);
			if (matcher.matches()) {
				long id = matcher.group(1).equals("-") ? -1 : Long.parseLong(matcher.group(1));
				rows.add(new StatusRow(id, matcher.group(2), matcher.group(3), line));
			}
		}
		return rows;
	}

	static StatusRow row(List<StatusRow> rows, long id) {
		return rows.stream()
			.filter((row) -> row.id() == id)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No execution " + id + " in status: " + rows));
	}

	/** The default job repository of a period, opened after every process of the jar has ended. */
	static Connection repository(Path workingDirectory, String period) throws SQLException {
		Path file = workingDirectory.resolve("state").resolve("repository-" + period).toAbsolutePath();
		return DriverManager.getConnection("jdbc:h2:file:" + file + ";IFEXISTS=TRUE", "sa", "");
	}

}
