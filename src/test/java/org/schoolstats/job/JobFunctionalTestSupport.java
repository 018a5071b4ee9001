package org.schoolstats.job;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.schoolstats.operations.BatchApplication;
import org.schoolstats.publish.PreviousPublication;
import org.schoolstats.submission.Period;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs the whole job in-process against an embedded job repository, on a fixture inbox, the way the Spring Batch
 * samples' functional tests do. Every launch is a new job instance.
 */
@SpringBatchTest
@SpringBootTest(classes = BatchApplication.class,
		properties = { "school-stats.work-dir=target/test-work",
				"school-stats.batch-size=3", "school-stats.chunk-size=7" })
public abstract class JobFunctionalTestSupport {

	private static final AtomicLong RUNS = new AtomicLong(System.nanoTime());

	@Autowired
	protected JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("schoolStatsJob")
	protected Job runJob;

	@Autowired
	@Qualifier("validateInboxJob")
	protected Job validateJob;

	/** What a launch gave: the execution and, for {@code run}, the published directory. */
	public record Launched(JobExecution execution, Path published) {

		public BatchStatus status() {
			return this.execution.getStatus();
		}

		public Path file(String name) {
			return this.published.resolve(name);
		}

	}

	/** Runs {@code run} on the inbox and publishes into {@code output/<period>}. */
	protected Launched run(Path input, Path output, String period) throws Exception {
		return run(input, output, period, "10");
	}

	protected Launched run(Path input, Path output, String period, String maxRejectPct) throws Exception {
		this.jobs.setJob(this.runJob);
		JobExecution execution = this.jobs.startJob(parameters(input, period)
			.addString(RunParameters.OUTPUT, output.toAbsolutePath().toString(), true)
			.addString(RunParameters.MAX_REJECT_PCT, maxRejectPct, false)
			.toJobParameters());
		return new Launched(execution, output.resolve(period));
	}

	/**
	 * Runs {@code run} compared with an earlier publication ({@code null}: with none), as the command line launches
	 * it once it has checked that publication.
	 */
	protected Launched runComparedWith(Path input, Path output, String period,
			PreviousPublication.Checked previous) throws Exception {
		this.jobs.setJob(this.runJob);
		JobExecution execution = this.jobs.startJob(RunParameters.of(Period.parse(period), input.toAbsolutePath(),
				output.toAbsolutePath(), null, RUNS.incrementAndGet(), BigDecimal.TEN, previous));
		return new Launched(execution, output.resolve(period));
	}

	/** Runs the checks of {@code validate} on the inbox; the rejects are left in the work area. */
	protected Launched validate(Path input, String period) throws Exception {
		this.jobs.setJob(this.validateJob);
		return new Launched(this.jobs.startJob(parameters(input, period).toJobParameters()), null);
	}

	private static JobParametersBuilder parameters(Path input, String period) {
		return new JobParametersBuilder().addString(RunParameters.PERIOD, period, true)
			.addString(RunParameters.INPUT, input.toAbsolutePath().toString(), true)
			.addLong(RunParameters.RERUN, RUNS.incrementAndGet(), true);
	}

}
