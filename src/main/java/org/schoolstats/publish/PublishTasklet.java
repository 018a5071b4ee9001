package org.schoolstats.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.schoolstats.csv.TextFile;
import org.schoolstats.indicator.PreviousPeriod;
import org.schoolstats.publish.report.Report;
import org.schoolstats.publish.report.ReportWriter;
import org.schoolstats.reconcile.Reconciliation;
import org.schoolstats.registry.Registry;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Inbox;
import org.schoolstats.submission.SubmissionFile;
import org.schoolstats.work.WorkArea;
import org.schoolstats.work.WorkAreaException;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * Fixes the run's completion time, writes {@code report.html} (section 3.9) from the tables staged by the step before
 * and the run's accounting, then {@code manifest.json} last into the staging directory, and puts the staging
 * directory in the place of the published one (section 3). The report shows the manifest's {@code completed_at},
 * and the manifest lists the report with its SHA-256, so both are made here, in that order, every time the step
 * runs. Each move is a rename within one directory, so the published directory is always either the old publication
 * or the new one, never a mix; if the process dies between the moves, running this step again finishes the job.
 */
public class PublishTasklet implements Tasklet {

	private final WorkArea work;

	private final Registry registry;

	private final OutputDirectory output;

	private final JobRepository jobRepository;

	private final Manifest.Previous previous;

	private final Supplier<PreviousPeriod> previousFigures;

	private final PublicationListener listener;

	/**
	 * @param previous the publication compared with, as the manifest names it; {@code null} for none
	 * @param previousFigures its figures, read only when the report names a county that left the registry;
	 * {@code null} from it when nothing is compared
	 */
	public PublishTasklet(WorkArea work, Registry registry, OutputDirectory output, JobRepository jobRepository,
			Manifest.Previous previous, Supplier<PreviousPeriod> previousFigures, PublicationListener listener) {
		this.work = work;
		this.registry = registry;
		this.output = output;
		this.jobRepository = jobRepository;
		this.previous = previous;
		this.previousFigures = previousFigures;
		this.listener = listener;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		Path staging = this.output.staging(execution.getExecutionContext());
		if (!Files.isDirectory(staging)) {
			if (alreadyPublishedBy(execution)) {
				FileSystemUtils.deleteRecursively(this.output.previous());
				return RepeatStatus.FINISHED;
			}
			throw new WorkAreaException("The staged outputs in " + staging
					+ " are missing: run again with --force to compute them anew.");
		}
		stopIfAsked(chunkContext.getStepContext().getStepExecution());
		String completedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		Reconciliation reconciliation = WorkArea.readJson(this.work.reconciliation(), Reconciliation.class);
		Map<String, Manifest.Category> categories = categories(reconciliation);
		writeReport(staging, completedAt, categories);
		for (PublishedFile file : PublishedFile.values()) {
			force(staging.resolve(file.fileName()));
		}
		Manifest manifest = new Manifest(this.output.period(), execution.getId(), completedAt, inputs(reconciliation),
				categories, outputs(execution, staging), this.previous);
		manifest.writeTo(staging.resolve(Manifest.NAME));
		force(staging.resolve(Manifest.NAME));
		stopIfAsked(chunkContext.getStepContext().getStepExecution());
		swap(staging);
		return RepeatStatus.FINISHED;
	}

	/**
	 * A run asked to stop (a signal, {@code JobOperator.stop}) does not begin to publish: it ends stopped, and the
	 * same command resumes it here. Once the moves have begun they are finished, so that the run is either wholly
	 * published or not at all.
	 */
	private static void stopIfAsked(StepExecution step) throws JobInterruptedException {
		if (step.isTerminateOnly()) {
			throw new JobInterruptedException("Stopped before publishing");
		}
	}

	private void swap(Path staging) throws IOException {
		Path published = this.output.published();
		if (Files.isDirectory(published)) {
			FileSystemUtils.deleteRecursively(this.output.previous());
			Files.move(published, this.output.previous(), StandardCopyOption.ATOMIC_MOVE);
			this.listener.betweenRenames(this.output);
		}
		Files.move(staging, published, StandardCopyOption.ATOMIC_MOVE);
		FileSystemUtils.deleteRecursively(this.output.previous());
		FileSystemUtils.deleteRecursively(this.output.failed()); // the rejects of a failed attempt no longer apply
	}

	private boolean alreadyPublishedBy(JobExecution execution) {
		Manifest manifest = this.output.manifest();
		if (manifest == null) {
			return false;
		}
		long publishedBy = manifest.jobExecutionId();
		return this.jobRepository.getJobExecutions(execution.getJobInstance())
			.stream()
			.anyMatch((earlier) -> earlier.getId() == publishedBy);
	}

	private List<Manifest.Input> inputs(Reconciliation reconciliation) throws IOException {
		Inbox inbox = WorkArea.readJson(this.work.inboxListing(), Inbox.class);
		List<Manifest.Input> inputs = new ArrayList<>();
		inputs.add(new Manifest.Input(Registry.FILE_NAME, this.registry.source().sha256(),
				this.registry.source().encoding().label(), this.registry.schools().size()));
		for (SubmissionFile file : inbox.files()) {
			inputs.add(new Manifest.Input(file.path(), file.sha256(), file.encoding().label(),
					reconciliation.rowsReadPerFile().get(file.category()).get(file.index())));
		}
		return inputs;
	}

	private static Map<String, Manifest.Category> categories(Reconciliation reconciliation) {
		Map<String, Manifest.Category> categories = new LinkedHashMap<>();
		for (Category category : Category.values()) {
			Reconciliation.Counts counts = reconciliation.counts(category);
			categories.put(category.folder(), new Manifest.Category(counts.rowsRead(), counts.rowsAccepted(),
					counts.rowsRejected(), counts.duplicatesCollapsed()));
		}
		return categories;
	}

	/** Every published file with its SHA-256 and, for a table, its data rows as the step before counted them. */
	private static List<Manifest.Output> outputs(JobExecution execution, Path staging) throws IOException {
		ExecutionContext job = execution.getExecutionContext();
		List<Manifest.Output> outputs = new ArrayList<>();
		for (PublishedFile file : PublishedFile.values()) {
			Path path = staging.resolve(file.fileName());
			outputs.add(new Manifest.Output(file.fileName(), TextFile.sha256(path),
					file.hasRows() ? job.getLong(file.rowsKey()) : null));
		}
		return outputs;
	}

	/** {@code report.html}, from the staged tables and what the manifest will say of the run. */
	private void writeReport(Path staging, String completedAt, Map<String, Manifest.Category> categories)
			throws IOException {
		List<Report.CategoryFigures> figures = new ArrayList<>();
		categories.forEach((name, c) -> figures.add(new Report.CategoryFigures(name, c.rowsRead(), c.rowsAccepted(),
				c.rowsRejected(), c.duplicatesCollapsed())));
		Report.RunFacts facts = new Report.RunFacts(this.output.period(),
				this.previous == null ? null : this.previous.period(), completedAt, figures);
		ReportWriter.write(Report.read(staging, facts, earlierCounties()),
				staging.resolve(PublishedFile.REPORT.fileName()));
	}

	/** The county names of the compared publication, read the first time one is asked for. */
	private Report.EarlierCounties earlierCounties() {
		if (this.previous == null) {
			return (countyCode) -> "";
		}
		SingletonSupplier<PreviousPeriod> figures = SingletonSupplier.of(this.previousFigures);
		return (countyCode) -> {
			PreviousPeriod read = figures.get();
			return read == null ? "" : read.cell(countyCode, "county_name");
		};
	}

	private static void force(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

}
