package org.schoolstats.operations;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.schoolstats.job.LoadedOnce;
import org.schoolstats.work.WorkAreas;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The operational beans around the job: the repository schema, the record of each run, the progress lines, the
 * period and execution id on every log line, and the pause points of the process-level tests. The job registers the
 * listeners among them on its steps, and the task decorator on the threads of its read workers.
 */
@Configuration(proxyBeanMethods = false)
public class OperationsConfiguration {

	@Bean
	public RepositorySchema repositorySchema(DataSource dataSource, BatchJdbcProperties properties,
			@Value("${school-stats.repository.id-base}") long idBase) {
		return new RepositorySchema(dataSource, properties, idBase);
	}

	@Bean
	public RunRecordListener runRecordListener(@Value("${school-stats.state-dir}") String stateDirectory) {
		return new RunRecordListener(Path.of(LogFile.location()), Path.of(stateDirectory).toAbsolutePath());
	}

	@Bean
	public ProgressReporter progressReporter(WorkAreas workAreas, LoadedOnce loaded,
			@Value("${school-stats.progress-interval-ms}") long intervalMillis) {
		return new ProgressReporter(workAreas, loaded, intervalMillis);
	}

	@Bean
	public LogContext logContext() {
		return new LogContext();
	}

	@Bean
	public Stopping stopping() {
		return new Stopping();
	}

	@Bean
	public PausePoint pausePoint() {
		return new PausePoint();
	}

}
