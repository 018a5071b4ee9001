package org.schoolstats.job;

import java.nio.file.Path;
import java.util.List;

import io.micrometer.observation.ObservationRegistry;

import org.schoolstats.indicator.Totals;
import org.schoolstats.publish.PublicationListener;
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
import org.schoolstats.submission.RecordBatch;
import org.schoolstats.submission.RowChecker;
import org.schoolstats.submission.ScanInboxTasklet;
import org.schoolstats.submission.SubmissionReader;
import org.schoolstats.work.WorkArea;
import org.schoolstats.work.WorkAreas;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.builder.StepBuilderHelper;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job, step by step in the order the data flows: check the registry, find the submission files, read and
 * check each category (partitioned over file ranges, one worker per core), reconcile duplicates, hold the reject
 * threshold, compute and write the outputs, and publish. {@code validateInbox} is the same job up to
 * reconciliation: it checks everything and publishes nothing.
 * <p>
 * Whoever runs the job may watch it: every {@link StepListener}, {@link JobExecutionListener} and
 * {@link PublicationListener} bean is registered, an {@link ObservationRegistry} bean observes the job and its steps,
 * a {@link TaskDecorator} bean wraps the tasks of the read workers' threads, and the job knows nothing more of them.
 */
@Configuration(proxyBeanMethods = false)
public class SchoolStatsJobConfiguration {

	public static final String RUN_JOB = "schoolStats";

	public static final String VALIDATE_JOB = "validateInbox";

	/**
	 * What every step knows of its run. Step-scoped rather than job-scoped: the workers of a partitioned step run on
	 * threads of their own, where Spring Batch registers the step's context but not the job's.
	 */
	@Bean
	@StepScope
	public RunParameters runParameters(@Value("#{stepExecution.jobExecution}") JobExecution execution,
			WorkAreas workAreas) {
		return new RunParameters(execution, workAreas);
	}

	// 1. The registry

	@Bean
	@StepScope
	public Tasklet checkRegistryTasklet(RunParameters run, LoadedOnce loaded) {
		return (contribution, chunkContext) -> {
			Registry registry = loaded.registry(run.input());
			contribution.incrementWriteCount(registry.schools().size());
			return RepeatStatus.FINISHED;
		};
	}

	// 2. Submissions: find the files, then read and check each category

	@Bean
	@StepScope
	public ScanInboxTasklet scanInboxTasklet(RunParameters run, LoadedOnce loaded, InboxScans inboxScans) {
		WorkArea work = run.work();
		return new ScanInboxTasklet(run.input(), run.fingerprint(), work, (inbox) -> loaded.keptListing(work, inbox),
				inboxScans);
	}

	@Bean
	@StepScope
	public FileRangePartitioner fileRangePartitioner(RunParameters run,
			@Value("#{stepExecution.stepName}") String stepName, LoadedOnce loaded) {
		WorkArea work = run.work();
		return new FileRangePartitioner(categoryOfStep(stepName), () -> loaded.listing(work));
	}

	@Bean
	@StepScope
	public SubmissionReader submissionReader(RunParameters run,
			@Value("#{stepExecutionContext['category']}") String category,
			@Value("#{stepExecutionContext['from']}") int from, @Value("#{stepExecutionContext['to']}") int to,
			@Value("${school-stats.batch-size}") int batchSize, LoadedOnce loaded) {
		Inbox inbox = loaded.listing(run.work());
		return new SubmissionReader(run.input(), inbox.files(Category.valueOf(category)).subList(from, to),
				batchSize);
	}

	@Bean
	@StepScope
	public RowChecker rowChecker(RunParameters run, LoadedOnce loaded) {
		return new RowChecker(loaded.registry(run.input()), run.period());
	}

	@Bean
	@StepScope
	public StagingWriter stagingWriter(RunParameters run, @Value("#{stepExecutionContext['category']}") String category,
			@Value("#{stepExecutionContext['partition']}") int partition) {
		Category read = Category.valueOf(category);
		return new StagingWriter(run.work().partition(read.folder(), partition), read);
	}

	// 3. Reconciliation, and the reject threshold

	@Bean
	@StepScope
	public ReconcileTasklet reconcileTasklet(RunParameters run, LoadedOnce loaded) {
		Registry registry = loaded.registry(run.input());
		WorkArea work = run.work();
		return new ReconcileTasklet(work, registry, loaded.listing(work),
				Totals.recorder(registry, work, (totals) -> loaded.keptTotals(work, totals)));
	}

	@Bean
	@StepScope
	public RejectThresholdTasklet rejectThresholdTasklet(RunParameters run) {
		return new RejectThresholdTasklet(run.work(), run.output(), run.maxRejectPct());
	}

	// 4. Indicators, summaries and the other outputs; 5. publishing

	@Bean
	@StepScope
	public WriteOutputsTasklet writeOutputsTasklet(RunParameters run, LoadedOnce loaded) {
		WorkArea work = run.work();
		return new WriteOutputsTasklet(work, () -> loaded.totals(work), loaded.registry(run.input()), run.period(),
				run.output(), run::previousFigures);
	}

	@Bean
	@StepScope
	public PublishTasklet publishTasklet(RunParameters run, LoadedOnce loaded, JobRepository jobRepository,
			ObjectProvider<PublicationListener> listeners) {
		PublicationListener all = (output) -> listeners.orderedStream().forEach((l) -> l.betweenRenames(output));
		return new PublishTasklet(run.work(), loaded.registry(run.input()), run.output(), jobRepository, run.previous(),
				run::previousFigures, all);
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
			Step writeOutputs, Step publish, ObjectProvider<JobExecutionListener> listeners,
			ObjectProvider<ObservationRegistry> observations) {
		return checkReadAndReconcile(new JobBuilder(RUN_JOB, jobRepository), listeners, observations, checkRegistry,
				scanInbox, readEnrollment, readTeacherTraining, readSafetyInspections, reconcile)
			.next(checkRejectThreshold)
			.next(writeOutputs)
			.next(publish)
			.build();
	}

	@Bean
	public Job validateInboxJob(JobRepository jobRepository, Step checkRegistry, Step scanInbox, Step readEnrollment,
			Step readTeacherTraining, Step readSafetyInspections, Step reconcile,
			ObjectProvider<JobExecutionListener> listeners, ObjectProvider<ObservationRegistry> observations) {
		return checkReadAndReconcile(new JobBuilder(VALIDATE_JOB, jobRepository), listeners, observations,
				checkRegistry, scanInbox, readEnrollment, readTeacherTraining, readSafetyInspections, reconcile)
			.build();
	}

	/** The steps both jobs begin with, up to the decision of every record, watched by whoever runs the job. */
	private static SimpleJobBuilder checkReadAndReconcile(JobBuilder job, ObjectProvider<JobExecutionListener> listeners,
			ObjectProvider<ObservationRegistry> observations, Step checkRegistry, Step scanInbox, Step readEnrollment,
			Step readTeacherTraining, Step readSafetyInspections, Step reconcile) {
		listeners.orderedStream().forEach(job::listener);
		observations.ifAvailable(job::observationRegistry);
		return job.start(checkRegistry)
			.next(scanInbox)
			.next(readEnrollment)
			.next(readTeacherTraining)
			.next(readSafetyInspections)
			.next(reconcile);
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
			FileRangePartitioner fileRangePartitioner, ObjectProvider<StepListener> listeners,
			ObjectProvider<ObservationRegistry> observations, ObjectProvider<TaskDecorator> workerDecorator,
			@Value("${school-stats.chunk-size}") int chunkSize,
			@Value("${school-stats.read-workers:0}") int readWorkers) {
		int workers = readWorkers > 0 ? readWorkers : Math.min(4, Runtime.getRuntime().availableProcessors());
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("read-");
		executor.setConcurrencyLimit(workers);
		workerDecorator.ifAvailable(executor::setTaskDecorator);
		return new StepFactory(jobRepository, transactionManager, submissionReader, rowChecker, stagingWriter,
				fileRangePartitioner, listeners.orderedStream().toList(),
				observations.getIfAvailable(() -> ObservationRegistry.NOOP), chunkSize, workers, executor);
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
	 * with one chunk-oriented worker per range. Every step gets the listeners given from outside; the tasklet steps
	 * and the managers also get the observation registry given from outside, the workers do not: a worker observes
	 * every item it reads, processes and writes (a province is 1.9 million records in 8,000 batches), and the
	 * manager's timer already covers its workers.
	 */
	public record StepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionReader reader, RowChecker checker, StagingWriter writer, FileRangePartitioner partitioner,
			List<StepListener> listeners, ObservationRegistry observations, int chunkSize, int workers,
			TaskExecutor executor) {

		static String stepName(Category category) {
			StringBuilder name = new StringBuilder("read");
			for (String part : category.folder().split("_")) {
				name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
			}
			return name.toString();
		}

		Step tasklet(String name, Tasklet tasklet) {
			return withListeners(new StepBuilder(name, this.jobRepository).tasklet(tasklet, this.transactionManager))
				.build();
		}

		Step read(Category category) {
			var worker = new StepBuilder(stepName(category) + "-files", this.jobRepository)
				.<RecordBatch, List<Checked>>chunk(this.chunkSize)
				.transactionManager(this.transactionManager)
				.reader(this.reader)
				.processor(this.checker::checkAll)
				.writer(this.writer);
			this.listeners.forEach(worker::listener);
			return withListeners(new StepBuilder(stepName(category), this.jobRepository)
				.partitioner(stepName(category) + "-files", this.partitioner)
				.step(worker.build())
				.gridSize(this.workers)
				.taskExecutor(this.executor)).build();
		}

		private <B extends StepBuilderHelper<B>> B withListeners(B builder) {
			builder.observationRegistry(this.observations);
			for (StepListener listener : this.listeners) {
				if (listener instanceof StepExecutionListener stepListener) {
					builder.listener(stepListener);
				}
			}
			return builder;
		}

	}

}
