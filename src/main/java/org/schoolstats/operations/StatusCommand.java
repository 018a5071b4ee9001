package org.schoolstats.operations;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.schoolstats.job.RunParameters;
import org.schoolstats.job.SchoolStatsJobConfiguration;
import org.schoolstats.reconcile.RunFigures;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code status}: the recent executions, newest first, as a table: id, period, status, start, end, rows read,
 * accepted and rejected, the period of the publication compared with, and the exit message (section 4). A period being run right now shows as running with its
 * process, since its repository is in use.
 */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Lists recent executions.")
class StatusCommand implements Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	@Option(names = "--limit", defaultValue = "20", paramLabel = "N",
			description = "How many executions to list (default ${DEFAULT-VALUE}).")
	int limit;

	@Mixin
	CommonOptions common;

	private record Row(String id, String period, String status, LocalDateTime start, LocalDateTime end, String read,
			String accepted, String rejected, String compared, String message) {
	}

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (this.limit < 1) {
			throw new ParameterException(this.spec.commandLine(), "--limit must be 1 or more, not " + this.limit);
		}
		Path state = this.common.stateDirectory();
		List<Row> rows = new ArrayList<>();
		if (this.common.db != null) {
			rows.addAll(rows(this.common.db));
		}
		else {
			for (String period : JobRepositoryLocation.periodsWithRepository(state)) {
				String holder = PeriodLock.holder(state, period);
				if (holder != null) {
					int execution = holder.lastIndexOf(", execution ");
					String id = execution < 0 ? "-" : holder.substring(execution + ", execution ".length());
					rows.add(new Row(id, period, "RUNNING", null, null, "-", "-", "-", "-",
							"being run by " + (execution < 0 ? holder : holder.substring(0, execution))));
					continue;
				}
				rows.addAll(rows(JobRepositoryLocation.h2Url(state, period) + ";IFEXISTS=TRUE"));
			}
		}
		if (rows.isEmpty()) {
			Console.out("No executions yet: `school-stats run` starts one.");
			return ExitCode.OK;
		}
		rows.sort(Comparator.comparing((Row row) -> row.start == null ? LocalDateTime.MAX : row.start).reversed());
		String format = "%-11s %-8s %-9s %-19s %-19s %10s %10s %10s  %-8s  %s%n";
		Console.stdout().printf(Locale.ROOT, format, "ID", "PERIOD", "STATUS", "START", "END", "READ", "ACCEPTED",
				"REJECTED", "COMPARED", "MESSAGE");
		for (Row row : rows.subList(0, Math.min(this.limit, rows.size()))) {
			Console.stdout().printf(Locale.ROOT, format, row.id, row.period, row.status, time(row.start), time(row.end),
					row.read, row.accepted, row.rejected, row.compared, row.message);
		}
		return ExitCode.OK;
	}

	private List<Row> rows(String url) throws Exception {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
		if (url.startsWith("jdbc:h2:")) {
			dataSource.setUsername("sa");
		}
		List<Row> rows = new ArrayList<>();
		JobRepository repository;
		try {
			repository = repository(dataSource);
			for (JobExecution execution : new RunHistory(repository, SchoolStatsJobConfiguration.RUN_JOB)
				.executions(null)) {
				rows.add(row(execution));
			}
		}
		catch (Exception ex) {
			throw new UserError(ExitCode.USAGE, "The job repository " + JobRepositoryLocation.withoutPassword(url)
					+ " cannot be read (" + Failures.describeCause(ex) + "): check --db.", ex);
		}
		return rows;
	}

	private static JobRepository repository(DataSource dataSource) throws Exception {
		JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
		factory.setDataSource(dataSource);
		factory.setTransactionManager(new JdbcTransactionManager(dataSource));
		factory.afterPropertiesSet();
		return factory.getObject();
	}

	private static Row row(JobExecution execution) {
		RunFigures figures = RunFigures.of(execution.getExecutionContext());
		String read;
		String accepted = "-";
		String rejected = "-";
		if (figures != null) {
			read = count(figures.read());
			accepted = count(figures.accepted());
			rejected = count(figures.rejected());
		}
		else {
			long staged = 0;
			for (StepExecution step : execution.getStepExecutions()) {
				staged += step.getExecutionContext().getLong("staging.rows", 0L)
						+ step.getExecutionContext().getLong("staging.rejects", 0L);
			}
			read = staged == 0 ? "-" : count(staged);
		}
		String message = execution.getExitStatus().getExitDescription();
		String status = execution.getStatus().toString();
		if (execution.isRunning()) {
			// Recorded as running, but its process is gone (it would hold the repository or the lock otherwise).
			Owner owner = Owner.parse(execution.getExecutionContext().getString(RunRecordListener.OWNER, null));
			if (owner == null || (owner.host().equals(Owner.current().host()) && !owner.isAliveHere())) {
				status = "ABANDONED";
				message = "its process" + (owner == null ? "" : " (" + owner + ")") + " ended without recording its end "
						+ "(killed, or the database was unreachable); the same run command or `restart " + execution.getId()
						+ "` resumes it";
			}
		}
		String compared = RunParameters.previousPeriod(execution.getJobParameters());
		return new Row(Long.toString(execution.getId()),
				execution.getJobParameters().getString(RunParameters.PERIOD), status,
				execution.getStartTime(), execution.getEndTime(), read, accepted, rejected,
				compared == null ? "-" : compared,
				message == null ? "" : message.lines().findFirst().orElse(""));
	}

	private static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	private static String time(LocalDateTime time) {
		return time == null ? "-" : TIME.format(time);
	}

}
