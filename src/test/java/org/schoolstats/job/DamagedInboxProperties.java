package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.schoolstats.job.DamagedInboxes.Built;
import org.schoolstats.job.DamagedInboxes.Counts;
import org.schoolstats.job.DamagedInboxes.InboxSpec;
import org.schoolstats.job.DamagedInboxes.Reject;
import org.schoolstats.operations.BatchApplication;
import org.schoolstats.reconcile.Reconciliation;
import org.schoolstats.reconcile.RunFigures;
import org.schoolstats.submission.Category;
import org.schoolstats.support.Published;
import org.schoolstats.work.WorkArea;
import org.schoolstats.work.WorkAreas;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Contract sections 1 to 3 over inboxes with random damage: every record accounted for, every problem a reject, outputs stable. */
class DamagedInboxProperties {

	private static final AtomicLong RERUN = new AtomicLong(System.nanoTime());

	private static final List<String> CATEGORIES = List.of("enrollment", "teacher_training", "safety_inspections");

	private static final List<String> REASONS = List.of("MALFORMED_ROW", "MISSING_FIELD", "INVALID_VALUE",
			"UNKNOWN_SCHOOL", "OUT_OF_PERIOD", "INCONSISTENT", "DUPLICATE_CONFLICT", "BAD_HEADER", "BAD_ENCODING");

	/** Every published CSV file with the header the contract declares for it. */
	private static final Map<String, List<String>> HEADERS = Published.HEADERS;

	private static ConfigurableApplicationContext spring;

	private static JobOperator operator;

	private static Job runJob;

	private static Job validateJob;

	private static WorkAreas workAreas;

	@BeforeContainer
	static void startSpring() {
		// jqwik does not inject Spring beans: one context for the whole class, with its own repository and work area.
		spring = new SpringApplicationBuilder(BatchApplication.class).run(
				"--spring.datasource.url=jdbc:h2:mem:damage-props;DB_CLOSE_DELAY=-1",
				"--school-stats.work-dir=target/test-work-props",
				"--school-stats.batch-size=2", "--school-stats.chunk-size=5");
		operator = spring.getBean(JobOperator.class);
		runJob = spring.getBean("schoolStatsJob", Job.class);
		validateJob = spring.getBean("validateInboxJob", Job.class);
		workAreas = spring.getBean(WorkAreas.class);
	}

	@AfterContainer
	static void stopSpring() throws IOException {
		spring.close();
		FileSystemUtils.deleteRecursively(Path.of("target/test-work-props"));
	}

	@Provide
	Arbitrary<InboxSpec> inboxes() {
		return DamagedInboxes.inboxes();
	}

	@Property(tries = 30)
	void everyRecordOfEveryReadFileIsAcceptedRejectedOrCollapsedOnce(@ForAll("inboxes") InboxSpec spec)
			throws Exception {
		Built built = DamagedInboxes.build(spec);
		Path temp = Files.createTempDirectory("damage-props");
		try {
			Path published = run(built.writeTo(temp.resolve("in"), built.files()), temp.resolve("out"));
			JsonNode manifest = manifest(published);
			Map<String, Counts> counts = new LinkedHashMap<>();
			for (String category : CATEGORIES) {
				JsonNode figures = manifest.get("categories").get(category);
				Counts actual = new Counts(figures.get("rows_read").asLong(), figures.get("rows_accepted").asLong(),
						figures.get("rows_rejected").asLong(), figures.get("duplicates_collapsed").asLong());
				assertThat(actual.read()).as("rows_read = accepted + rejected + collapsed in %s", category)
					.isEqualTo(actual.accepted() + actual.rejected() + actual.collapsed());
				counts.put(category, actual);
			}
			assertThat(counts).as("%s", built).isEqualTo(built.counts());
			Map<String, Long> rowsRead = new LinkedHashMap<>();
			Map<String, String> encodings = new LinkedHashMap<>();
			List<String> inputs = new ArrayList<>();
			for (JsonNode input : manifest.get("inputs")) {
				inputs.add(input.get("path").asString());
				if (!input.get("path").asString().equals("schools.csv")) {
					rowsRead.put(input.get("path").asString(), input.get("rows_read").asLong());
					encodings.put(input.get("path").asString(), input.get("encoding").asString());
				}
			}
			assertThat(inputs).as("%s", built).isEqualTo(built.inputs());
			assertThat(rowsRead).as("%s", built).isEqualTo(built.rowsRead());
			assertThat(encodings).as("%s", built).isEqualTo(built.encodings());
		}
		finally {
			FileSystemUtils.deleteRecursively(temp);
		}
	}

	@Property(tries = 30)
	void everyProblemIsARejectWithAContractReasonAndADetailAtALineOfItsFile(@ForAll("inboxes") InboxSpec spec)
			throws Exception {
		Built built = DamagedInboxes.build(spec);
		Path temp = Files.createTempDirectory("damage-props");
		try {
			Path published = run(built.writeTo(temp.resolve("in"), built.files()), temp.resolve("out"));
			List<Map<String, String>> rejects = Published.rows(published.resolve("rejects.csv"));
			List<Reject> actual = new ArrayList<>();
			for (Map<String, String> reject : rejects) {
				assertThat(reject.get("reason")).isIn(REASONS);
				assertThat(reject.get("detail")).as("detail of %s", reject).isNotBlank();
				long line = Long.parseLong(reject.get("line"));
				if (reject.get("reason").startsWith("BAD_")) {
					assertThat(line).isEqualTo(1);
				}
				else {
					assertThat(built.recordLines().get(reject.get("source_file"))).as("lines of %s", reject)
						.contains(line);
				}
				actual.add(new Reject(reject.get("category"), reject.get("source_file"), line, reject.get("school_code"),
						reject.get("reason")));
			}
			assertThat(actual).as("%s", built).isEqualTo(built.rejects());
		}
		finally {
			FileSystemUtils.deleteRecursively(temp);
		}
	}

	@Property(tries = 25)
	void everyPublishedCsvReadsBackWithItsDeclaredHeaderAndOneCellPerColumn(@ForAll("inboxes") InboxSpec spec)
			throws Exception {
		Built built = DamagedInboxes.build(spec);
		Path temp = Files.createTempDirectory("damage-props");
		try {
			Path published = run(built.writeTo(temp.resolve("in"), built.files()), temp.resolve("out"));
			Map<String, Long> declaredRows = new LinkedHashMap<>();
			manifest(published).get("outputs")
				.forEach((output) -> declaredRows.put(output.get("path").asString(),
						output.has("rows") ? output.get("rows").asLong() : null));
			assertThat(declaredRows.keySet()).containsExactlyElementsOf(Published.OUTPUTS);
			assertThat(declaredRows.get(Published.REPORT)).as("report.html has no rows").isNull();
			for (Map.Entry<String, List<String>> file : HEADERS.entrySet()) {
				byte[] bytes = Files.readAllBytes(published.resolve(file.getKey()));
				assertThat(bytes[0]).as("no byte-order mark in %s", file.getKey()).isNotEqualTo((byte) 0xEF);
				assertThat(bytes[bytes.length - 1]).as("%s ends with \\n", file.getKey()).isEqualTo((byte) '\n');
				List<CSVRecord> records = parse(new String(bytes, StandardCharsets.UTF_8));
				assertThat(records.get(0).values()).as(file.getKey()).containsExactlyElementsOf(file.getValue());
				for (CSVRecord record : records) {
					assertThat(record.size()).as("%s line %d", file.getKey(), record.getRecordNumber())
						.isEqualTo(file.getValue().size());
				}
				assertThat((long) records.size() - 1).as("rows of %s", file.getKey())
					.isEqualTo(declaredRows.get(file.getKey()));
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(temp);
		}
	}

	@Property(tries = 25)
	void validateAndRunAgreeOnEveryCountAndEveryReject(@ForAll("inboxes") InboxSpec spec) throws Exception {
		Built built = DamagedInboxes.build(spec);
		Path temp = Files.createTempDirectory("damage-props");
		try {
			Path input = built.writeTo(temp.resolve("in"), built.files());
			JobExecution validated = launch(validateJob, parameters(input));
			assertThat(validated.getStatus()).as("%s", validated.getAllFailureExceptions())
				.isEqualTo(BatchStatus.COMPLETED);
			JobExecution ran = launch(runJob, parameters(input).addString(RunParameters.OUTPUT,
					temp.resolve("out").toString(), true));
			assertThat(ran.getStatus()).as("%s", ran.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
			Path published = temp.resolve("out").resolve(DamagedInboxes.PERIOD);

			WorkArea area = workAreas.of(DamagedInboxes.PERIOD, validated.getJobInstanceId());
			Reconciliation checked = WorkArea.readJson(area.reconciliation(), Reconciliation.class);
			JsonNode manifest = manifest(published);
			for (Category category : Category.values()) {
				JsonNode figures = manifest.get("categories").get(category.folder());
				Reconciliation.Counts counts = checked.counts(category);
				assertThat(List.of(counts.rowsRead(), counts.rowsAccepted(), counts.rowsRejected(),
						counts.duplicatesCollapsed()))
					.as(category.folder())
					.containsExactly(figures.get("rows_read").asLong(), figures.get("rows_accepted").asLong(),
							figures.get("rows_rejected").asLong(), figures.get("duplicates_collapsed").asLong());
			}
			assertThat(RunFigures.of(validated.getExecutionContext()))
				.isEqualTo(RunFigures.of(ran.getExecutionContext()));
			assertThat(Files.readAllBytes(area.rejects())).as("rejects of validate and of run")
				.isEqualTo(Files.readAllBytes(published.resolve("rejects.csv")));
		}
		finally {
			FileSystemUtils.deleteRecursively(temp);
		}
	}

	@Property(tries = 25)
	void runningTheSameInboxTwicePublishesTheSameBytes(@ForAll("inboxes") InboxSpec spec) throws Exception {
		Built built = DamagedInboxes.build(spec);
		Path temp = Files.createTempDirectory("damage-props");
		try {
			Path input = built.writeTo(temp.resolve("in"), built.files());
			Path first = run(input, temp.resolve("first"));
			Path second = run(input, temp.resolve("second"));
			assertSamePublication(first, second);
		}
		finally {
			FileSystemUtils.deleteRecursively(temp);
		}
	}

	@Property(tries = 25)
	void theOrderInWhichFilesWereWrittenChangesNothing(@ForAll("inboxes") InboxSpec spec, @ForAll Random random)
			throws Exception {
		Built built = DamagedInboxes.build(spec);
		Path temp = Files.createTempDirectory("damage-props");
		try {
			List<DamagedInboxes.Written> shuffled = new ArrayList<>(built.files());
			Collections.shuffle(shuffled, random);
			Collections.reverse(shuffled.subList(0, shuffled.size() / 2));
			Path written = run(built.writeTo(temp.resolve("in"), built.files()), temp.resolve("out"));
			Path rewritten = run(built.writeTo(temp.resolve("other in"), shuffled), temp.resolve("other out"));
			assertSamePublication(written, rewritten);
		}
		finally {
			FileSystemUtils.deleteRecursively(temp);
		}
	}

	// Launching

	private static Path run(Path input, Path output) throws Exception {
		JobExecution execution = launch(runJob,
				parameters(input).addString(RunParameters.OUTPUT, output.toString(), true));
		assertThat(execution.getStatus()).as("%s", execution.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
		return output.resolve(DamagedInboxes.PERIOD);
	}

	private static JobParametersBuilder parameters(Path input) {
		return new JobParametersBuilder().addString(RunParameters.PERIOD, DamagedInboxes.PERIOD, true)
			.addString(RunParameters.INPUT, input.toAbsolutePath().toString(), true)
			.addLong(RunParameters.RERUN, RERUN.incrementAndGet(), true)
			.addString(RunParameters.MAX_REJECT_PCT, "100", false);
	}

	private static JobExecution launch(Job job, JobParametersBuilder parameters) throws Exception {
		return operator.start(job, parameters.toJobParameters());
	}

	// Reading back

	private static JsonNode manifest(Path published) {
		return Published.json(published.resolve("manifest.json"));
	}

	/**
	 * Every published CSV file byte for byte, report.html apart from the completion time it shows, and the manifest
	 * apart from the execution id, the time and the SHA-256 of the report (which shows the time).
	 */
	private static void assertSamePublication(Path expected, Path actual) throws IOException {
		assertThat(names(actual)).isEqualTo(names(expected));
		for (String file : HEADERS.keySet()) {
			assertThat(Files.readAllBytes(actual.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(expected.resolve(file)));
		}
		assertThat(Published.reportWithoutCompletionTime(actual.resolve(Published.REPORT)))
			.isEqualTo(Published.reportWithoutCompletionTime(expected.resolve(Published.REPORT)));
		ObjectNode first = (ObjectNode) manifest(expected);
		ObjectNode second = (ObjectNode) manifest(actual);
		for (ObjectNode manifest : List.of(first, second)) {
			manifest.remove("job_execution_id");
			manifest.remove("completed_at");
			manifest.get("outputs").forEach((output) -> {
				if (output.get("path").asString().equals(Published.REPORT)) {
					((ObjectNode) output).remove("sha256");
				}
			});
		}
		assertThat(second).isEqualTo(first);
	}

	private static List<String> names(Path directory) throws IOException {
		try (var files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	/** Strict RFC 4180, as a downstream team would read the files. */
	private static List<CSVRecord> parse(String text) throws IOException {
		try (Reader reader = new StringReader(text); CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
			return parser.getRecords();
		}
	}

}
