package org.schoolstats.operations;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.observation.ObservationRegistry;

import org.schoolstats.job.SchoolStatsJobConfiguration;
import org.schoolstats.submission.InboxScans;
import org.schoolstats.work.WorkAreas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Spring, started by a command for one job repository: the job operator, the repository and the two jobs. */
final class BatchContext implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BatchContext.class);

	private final ConfigurableApplicationContext context;

	private final Path stateDirectory;

	private BatchContext(ConfigurableApplicationContext context, Path stateDirectory) {
		this.context = context;
		this.stateDirectory = stateDirectory;
	}

	/** Where the command keeps its state: default repositories, locks, work areas. */
	Path stateDirectory() {
		return this.stateDirectory;
	}

	static BatchContext start(JobRepositoryLocation repository, Path stateDirectory, Path workDirectory) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", repository.url());
		if (repository.url().startsWith("jdbc:h2:")) {
			properties.put("spring.datasource.username", "sa");
		}
		else {
			properties.put("spring.datasource.username", "");
		}
		if (repository.url().startsWith("jdbc:postgresql:")) {
			// A server that stops answering is noticed within half a minute instead of never (TCP keeps waiting).
			if (!repository.url().contains("socketTimeout")) {
				properties.put("spring.datasource.hikari.data-source-properties.socketTimeout", "30");
			}
			if (!repository.url().contains("connectTimeout")) {
				properties.put("spring.datasource.hikari.data-source-properties.connectTimeout", "5");
			}
			// A lost server fails each later statement after this wait, not after Hikari's default of 30 s each.
			properties.put("spring.datasource.hikari.connection-timeout", "5000");
		}
		properties.put("school-stats.repository.id-base", repository.idBase());
		properties.put("school-stats.state-dir", stateDirectory.toString());
		properties.put("school-stats.work-dir", workDirectory.toString());
		// As arguments, so that they override application.properties (default properties would not).
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		try {
			log.info("Starting Spring");
			SpringApplicationBuilder application = new SpringApplicationBuilder(BatchApplication.class);
			ObservationRegistry observations = RunMetrics.observations();
			if (observations != null) {
				// The job and its steps report to the run's metrics (--metrics-file); without it, nothing observes them.
				application.initializers((context) -> context.getBeanFactory()
					.registerSingleton("observationRegistry", observations));
			}
			BatchContext batch = new BatchContext(application.run(arguments), stateDirectory);
			batch.repository().getJobNames(); // opens the repository now, so that a bad --db is reported as such
			return batch;
		}
		catch (RuntimeException ex) {
			throw cannotOpen(repository, stateDirectory, ex);
		}
	}

	/** Why the repository cannot be opened, in words that say what to do. */
	private static UserError cannotOpen(JobRepositoryLocation repository, Path stateDirectory, RuntimeException ex) {
		Path file = repository.defaultFile();
		Path full = Failures.fullDisk(java.util.List.of(stateDirectory));
		if (full != null) {
			return new UserError(ExitCode.FAILED, Failures.diskFull(full, "as the job repository was opened")
					+ " then run the same command again.", ex);
		}
		if (file != null && Failures.isDamagedDatabase(ex)) {
			return new UserError(ExitCode.USAGE, "The job repository " + file + " is damaged ("
					+ Failures.describeCause(ex) + "): move it aside (mv " + file + " " + file + ".broken) to start a new "
					+ "record of the period's runs, or restore it from a backup, then run again.", ex);
		}
		if (Failures.isDiskFull(ex)) {
			return new UserError(ExitCode.FAILED, "The disk holding " + (file != null ? file.getParent() : "the job "
					+ "repository") + " is full: free some space there, then run the same command again.", ex);
		}
		return new UserError(ExitCode.USAGE, "The job repository "
				+ JobRepositoryLocation.withoutPassword(repository.url()) + " cannot be opened (" + Failures.describeCause(ex)
				+ "): check --db, that the database is running and that the state directory is writable.", ex);
	}

	JobOperator operator() {
		return this.context.getBean(JobOperator.class);
	}

	JobRepository repository() {
		return this.context.getBean(JobRepository.class);
	}

	Job runJob() {
		return this.context.getBean(SchoolStatsJobConfiguration.RUN_JOB + "Job", Job.class);
	}

	Job validateJob() {
		return this.context.getBean(SchoolStatsJobConfiguration.VALIDATE_JOB + "Job", Job.class);
	}

	WorkAreas workAreas() {
		return this.context.getBean(WorkAreas.class);
	}

	InboxScans inboxScans() {
		return this.context.getBean(InboxScans.class);
	}

	ProgressReporter progress() {
		return this.context.getBean(ProgressReporter.class);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
