package org.schoolstats;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.schoolstats.indicator.Totals;
import org.schoolstats.operations.ProgressReporter;
import org.schoolstats.publish.OutputDirectory;
import org.schoolstats.publish.PublishTasklet;
import org.schoolstats.publish.RejectThresholdTasklet;
import org.schoolstats.publish.WriteOutputsTasklet;
import org.schoolstats.reconcile.ReconcileTasklet;
import org.schoolstats.reconcile.StagingWriter;
import org.schoolstats.registry.Registry;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.FileRangePartitioner;
import org.schoolstats.submission.Inbox;
import org.schoolstats.submission.InboxScans;
import org.schoolstats.submission.Period;
import org.schoolstats.submission.RowChecker;
import org.schoolstats.submission.ScanInboxTasklet;
import org.schoolstats.submission.SubmissionReader;
import org.schoolstats.submission.RecordBatch;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job, step by step in the order the data flows: check the registry, find the submission files, read and
 * check each category (partitioned over file ranges, one worker per core), reconcile duplicates, hold the reject
 * threshold, compute and write the outputs, and publish. {@code validateInbox} is the same job up to
 * reconciliation: it checks everything and publishes nothing.
 */
@Configuration(proxyBeanMethods = false)
public class SchoolStatsJobConfiguration {

	public static final String RUN_JOB = "schoolStats";

	public static final String VALIDATE_JOB = "validateInbox";

	/** Job parameters; the first five identify a run (a job instance). */
	public static final String PERIOD = "period";

	public static final String INPUT = "input";

	public static final String OUTPUT = "output";

	public static final String FINGERPRINT = "inbox.sha256";

	public static final String RERUN = "rerun";

	public static final String MAX_REJECT_PCT = "max.reject.pct";

	private static final PausePoint PAUSE_POINT = new PausePoint();

	private static final String JOB_INSTANCE = "#{stepExecution.jobExecution.jobInstanceId}";

	// 1. The registry

	@Bean
	@StepScope
	public Tasklet checkRegistryTasklet(@Value("#{jobParameters['input']}") String input, LoadedOnce loaded) {
		return (contribution, chunkContext) -> {
			Registry registry = loaded.registry(Path.of(input));
			contribution.incrementWriteCount(registry.schools().size());
			return RepeatStatus.FINISHED;
		};
	}

	// 2. Submissions: find the files, then read and check each category

	@Bean
	@StepScope
	public ScanInboxTasklet scanInboxTasklet(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['inbox.sha256']}") String fingerprint, @Value("#{jobParameters['period']}") String period,
			@Value(JOB_INSTANCE) long instance, WorkAreas workAreas, LoadedOnce loaded, InboxScans inboxScans) {
		WorkArea work = workAreas.of(period, instance);
		return new ScanInboxTasklet(Path.of(input), fingerprint, work, (inbox) -> loaded.keptListing(work, inbox),
				inboxScans);
	}

	@Bean
	@StepScope
	public FileRangePartitioner fileRangePartitioner(@Value("#{jobParameters['period']}") String period,
			@Value(JOB_INSTANCE) long instance, @Value("#{stepExecution.stepName}") String stepName,
			WorkAreas workAreas, LoadedOnce loaded) {
		return new FileRangePartitioner(categoryOfStep(stepName),
				() -> loaded.listing(workAreas.of(period, instance)));
	}

	@Bean
	@StepScope
	public SubmissionReader submissionReader(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['period']}") String period, @Value(JOB_INSTANCE) long instance,
			@Value("#{stepExecutionContext['category']}") String category,
			@Value("#{stepExecutionContext['from']}") int from, @Value("#{stepExecutionContext['to']}") int to,
			@Value("${school-stats.batch-size}") int batchSize, WorkAreas workAreas, LoadedOnce loaded) {
		Inbox inbox = loaded.listing(workAreas.of(period, instance));
		return new SubmissionReader(Path.of(input), inbox.files(Category.valueOf(category)).subList(from, to),
				batchSize);
	}

	@Bean
	@StepScope
	public RowChecker rowChecker(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['period']}") String period, LoadedOnce loaded) {
		return new RowChecker(loaded.registry(Path.of(input)), Period.parse(period));
	}

	@Bean
	@StepScope
	public StagingWriter stagingWriter(@Value("#{jobParameters['period']}") String period,
			@Value(JOB_INSTANCE) long instance, @Value("#{stepExecutionContext['category']}") String category,
			@Value("#{stepExecutionContext['partition']}") int partition, WorkAreas workAreas) {
		return new StagingWriter(workAreas.of(period, instance).partition(Category.valueOf(category), partition),
				Category.valueOf(category));
	}

	// 3. Reconciliation, and the reject threshold

	@Bean
	@StepScope
	public ReconcileTasklet reconcileTasklet(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['period']}") String period, @Value(JOB_INSTANCE) long instance,
			WorkAreas workAreas, LoadedOnce loaded) {
		Registry registry = loaded.registry(Path.of(input));
		WorkArea work = workAreas.of(period, instance);
		return new ReconcileTasklet(work, registry, loaded.listing(work),
				Totals.recorder(registry, work, (totals) -> loaded.keptTotals(work, totals)));
	}

	@Bean
	@StepScope
	public RejectThresholdTasklet rejectThresholdTasklet(@Value("#{jobParameters['period']}") String period,
			@Value("#{jobParameters['output']}") String output,
			@Value("#{jobParameters['max.reject.pct'] ?: '10'}") String maxRejectPct, @Value(JOB_INSTANCE) long instance,
			WorkAreas workAreas) {
		return new RejectThresholdTasklet(workAreas.of(period, instance), new OutputDirectory(Path.of(output), period),
				new BigDecimal(maxRejectPct));
	}

	// 4. Indicators, summaries and the other outputs; 5. publishing

	@Bean
	@StepScope
	public WriteOutputsTasklet writeOutputsTasklet(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['period']}") String period, @Value("#{jobParameters['output']}") String output,
			@Value(JOB_INSTANCE) long instance, WorkAreas workAreas, LoadedOnce loaded) {
		WorkArea work = workAreas.of(period, instance);
		return new WriteOutputsTasklet(work, () -> loaded.totals(work), loaded.registry(Path.of(input)),
				Period.parse(period), new OutputDirectory(Path.of(output), period));
	}

	@Bean
	@StepScope
	public PublishTasklet publishTasklet(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['period']}") String period, @Value("#{jobParameters['output']}") String output,
			@Value(JOB_INSTANCE) long instance, WorkAreas workAreas, LoadedOnce loaded,
			JobRepository jobRepository) {
		return new PublishTasklet(workAreas.of(period, instance), loaded.registry(Path.of(input)),
				new OutputDirectory(Path.of(output), period), jobRepository);
	}

	// The steps

	@Bean
	public Step checkRegistry(StepFactory steps, Tasklet checkRegistryTasklet) {
		return steps.tasklet("checkRegistry", checkRegistryTasklet);
	}

	@Bean
	public Step scanInbox(StepFactory steps, ScanInboxTasklet scanInboxTasklet) {
		return steps.tasklet("scanInbox", scanInboxTasklet);
	}

	@Bean
	public Step readEnrollment(StepFactory steps) {
		return steps.read(Category.ENROLLMENT);
	}

	@Bean
	public Step readTeacherTraining(StepFactory steps) {
		return steps.read(Category.TEACHER_TRAINING);
	}

	@Bean
	public Step readSafetyInspections(StepFactory steps) {
		return steps.read(Category.SAFETY_INSPECTIONS);
	}

	@Bean
	public Step reconcile(StepFactory steps, ReconcileTasklet reconcileTasklet) {
		return steps.tasklet("reconcile", reconcileTasklet);
	}

	@Bean
	public Step checkRejectThreshold(StepFactory steps, RejectThresholdTasklet rejectThresholdTasklet) {
		return steps.tasklet("checkRejectThreshold", rejectThresholdTasklet);
	}

	@Bean
	public Step writeOutputs(StepFactory steps, WriteOutputsTasklet writeOutputsTasklet) {
		return steps.tasklet("writeOutputs", writeOutputsTasklet);
	}

	@Bean
	public Step publish(StepFactory steps, PublishTasklet publishTasklet) {
		return steps.tasklet("publish", publishTasklet);
	}

	// The jobs

	@Bean
	public Job schoolStatsJob(JobRepository jobRepository, Step checkRegistry, Step scanInbox, Step readEnrollment,
			Step readTeacherTraining, Step readSafetyInspections, Step reconcile, Step checkRejectThreshold,
			Step writeOutputs, Step publish, List<JobExecutionListener> listeners) {
		JobBuilder job = new JobBuilder(RUN_JOB, jobRepository);
		listeners.forEach(job::listener);
		return job.start(checkRegistry)
			.next(scanInbox)
			.next(readEnrollment)
			.next(readTeacherTraining)
			.next(readSafetyInspections)
			.next(reconcile)
			.next(checkRejectThreshold)
			.next(writeOutputs)
			.next(publish)
			.build();
	}

	@Bean
	public Job validateInboxJob(JobRepository jobRepository, Step checkRegistry, Step scanInbox, Step readEnrollment,
			Step readTeacherTraining, Step readSafetyInspections, Step reconcile, List<JobExecutionListener> listeners) {
		JobBuilder job = new JobBuilder(VALIDATE_JOB, jobRepository);
		listeners.forEach(job::listener);
		return job.start(checkRegistry)
			.next(scanInbox)
			.next(readEnrollment)
			.next(readTeacherTraining)
			.next(readSafetyInspections)
			.next(reconcile)
			.build();
	}

	@Bean
	public LoadedOnce loadedOnce() {
		return new LoadedOnce();
	}

	@Bean
	public InboxScans inboxScans() {
		return new InboxScans();
	}

	@Bean
	public WorkAreas workAreas(@Value("${school-stats.work-dir}") String workDirectory) {
		return new WorkAreas(Path.of(workDirectory).toAbsolutePath());
	}

	@Bean
	public StepFactory stepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionReader submissionReader, RowChecker rowChecker, StagingWriter stagingWriter,
			FileRangePartitioner fileRangePartitioner, ProgressReporter progress,
			@Value("${school-stats.chunk-size}") int chunkSize,
			@Value("${school-stats.read-workers:0}") int readWorkers) {
		int workers = readWorkers > 0 ? readWorkers : Math.min(4, Runtime.getRuntime().availableProcessors());
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("read-");
		executor.setConcurrencyLimit(workers);
		return new StepFactory(jobRepository, transactionManager, submissionReader, rowChecker, stagingWriter,
				fileRangePartitioner, progress, chunkSize, workers, executor);
	}

	/** The step names say which category they read: {@code readEnrollment}, {@code readEnrollment-files:partition0}. */
	public static Category categoryOfStep(String stepName) {
		for (Category category : Category.values()) {
			if (stepName.startsWith(StepFactory.stepName(category))) {
				return category;
			}
		}
		throw new IllegalArgumentException("Not a read step: " + stepName);
	}

	/**
	 * Builds the steps: tasklet steps, and for each category a partitioned read step, a manager over file ranges
	 * with one chunk-oriented worker per range.
	 */
	public record StepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionReader reader, RowChecker checker, StagingWriter writer, FileRangePartitioner partitioner,
			ProgressReporter progress, int chunkSize, int workers, TaskExecutor executor) {

		static String stepName(Category category) {
			StringBuilder name = new StringBuilder("read");
			for (String part : category.folder().split("_")) {
				name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
			}
			return name.toString();
		}

		Step tasklet(String name, Tasklet tasklet) {
			return new StepBuilder(name, this.jobRepository).tasklet(tasklet, this.transactionManager)
				.listener((StepExecutionListener) this.progress)
				.listener((StepExecutionListener) PAUSE_POINT)
				.build();
		}

		Step read(Category category) {
			Step worker = new StepBuilder(stepName(category) + "-files", this.jobRepository)
				.<RecordBatch, List<Checked>>chunk(this.chunkSize)
				.transactionManager(this.transactionManager)
				.reader(this.reader)
				.processor(this.checker::checkAll)
				.writer(this.writer)
				.listener((StepListener) this.progress)
				.listener((StepListener) PAUSE_POINT)
				.build();
			return new StepBuilder(stepName(category), this.jobRepository)
				.partitioner(stepName(category) + "-files", this.partitioner)
				.step(worker)
				.gridSize(this.workers)
				.taskExecutor(this.executor)
				.listener((StepExecutionListener) this.progress)
				.listener((StepExecutionListener) PAUSE_POINT)
				.build();
		}

	}

}
