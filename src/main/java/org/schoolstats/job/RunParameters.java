package org.schoolstats.job;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.schoolstats.indicator.PreviousPeriod;
import org.schoolstats.publish.Manifest;
import org.schoolstats.publish.OutputDirectory;
import org.schoolstats.publish.PreviousPublication;
import org.schoolstats.submission.Period;
import org.schoolstats.work.WorkArea;
import org.schoolstats.work.WorkAreas;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a run (section 4) under their names, read once for each step: the period, the inbox, where
 * it publishes, the inbox's fingerprint, the publication it compares with (section 5) and the reject threshold, with
 * the work area of the job instance. The period, the inbox, the output, the fingerprint, the compared manifest's
 * SHA-256 and a rerun number identify a run (a job instance); the threshold does not, so that a resumed run may
 * raise it.
 * <p>
 * Not a record: the steps get it as a step-scoped bean, which Spring hands out as a proxy of its class.
 */
public class RunParameters {

	public static final String PERIOD = "period";

	public static final String INPUT = "input";

	public static final String OUTPUT = "output";

	public static final String FINGERPRINT = "inbox.sha256";

	public static final String RERUN = "rerun";

	public static final String MAX_REJECT_PCT = "max.reject.pct";

	/** The SHA-256 of the compared publication's manifest, or {@link #NOTHING}: part of what identifies a run. */
	public static final String PREVIOUS_SHA256 = "previous.sha256";

	/** Where the compared publication is, and its period. */
	public static final String PREVIOUS = "previous";

	public static final String PREVIOUS_PERIOD = "previous.period";

	/** The value of {@link #PREVIOUS_SHA256} when nothing is compared. */
	public static final String NOTHING = "none";

	private final JobParameters parameters;

	private final WorkArea work;

	RunParameters(JobExecution execution, WorkAreas workAreas) {
		this.parameters = execution.getJobParameters();
		this.work = workAreas.of(period().label(), execution.getJobInstanceId());
	}

	/**
	 * The parameters of a new run. {@code rerun} makes a run of an inbox already run a new job instance.
	 * @param output {@code null} for {@code validate}, which publishes nothing
	 * @param fingerprint {@code null} to take the inbox as it is when it is scanned
	 */
	public static JobParameters of(Period period, Path input, Path output, String fingerprint, long rerun,
			BigDecimal maxRejectPct) {
		return of(period, input, output, fingerprint, rerun, maxRejectPct, null);
	}

	/** @param previous the publication compared with, or {@code null} for none */
	public static JobParameters of(Period period, Path input, Path output, String fingerprint, long rerun,
			BigDecimal maxRejectPct, PreviousPublication.Checked previous) {
		JobParametersBuilder builder = new JobParametersBuilder().addString(PERIOD, period.label(), true)
			.addString(INPUT, input.toString(), true);
		if (output != null) {
			builder.addString(OUTPUT, output.toString(), true);
		}
		if (fingerprint != null) {
			builder.addString(FINGERPRINT, fingerprint, true);
		}
		builder.addLong(RERUN, rerun, true);
		if (maxRejectPct != null) {
			builder.addString(MAX_REJECT_PCT, maxRejectPct.toPlainString(), false);
		}
		if (output != null) {
			builder.addString(PREVIOUS_SHA256, previous == null ? NOTHING : previous.manifestSha256(), true);
		}
		if (previous != null) {
			builder.addString(PREVIOUS, previous.directory().toString(), false)
				.addString(PREVIOUS_PERIOD, previous.period().label(), false);
		}
		return builder.toJobParameters();
	}

	/** The parameters of an earlier run, to resume it with another reject threshold. */
	public static JobParameters withMaxRejectPct(JobParameters parameters, BigDecimal maxRejectPct) {
		return new JobParametersBuilder(parameters).addString(MAX_REJECT_PCT, maxRejectPct.toPlainString(), false)
			.toJobParameters();
	}

	public Period period() {
		return Period.parse(this.parameters.getString(PERIOD));
	}

	public Path input() {
		return Path.of(this.parameters.getString(INPUT));
	}

	/** Where the run publishes; a run of {@code validate} does not. */
	public OutputDirectory output() {
		return new OutputDirectory(Path.of(this.parameters.getString(OUTPUT)), period().label());
	}

	/** The fingerprint of the inbox the run was started for, or {@code null} to take the inbox as it is. */
	public String fingerprint() {
		return this.parameters.getString(FINGERPRINT);
	}

	public BigDecimal maxRejectPct() {
		return new BigDecimal(this.parameters.getString(MAX_REJECT_PCT, "10"));
	}

	/**
	 * The SHA-256 of the compared publication's manifest, or {@link #NOTHING}; executions made before comparisons
	 * existed compared with nothing.
	 */
	public static String previousSha256(JobParameters parameters) {
		return parameters.getString(PREVIOUS_SHA256, NOTHING);
	}

	/** The compared publication's period, or {@code null} when nothing is compared. */
	public static String previousPeriod(JobParameters parameters) {
		return NOTHING.equals(previousSha256(parameters)) ? null : parameters.getString(PREVIOUS_PERIOD);
	}

	/** The compared publication as the manifest names it, or {@code null} when nothing is compared. */
	public Manifest.Previous previous() {
		String period = previousPeriod(this.parameters);
		return period == null ? null : new Manifest.Previous(period, previousSha256(this.parameters));
	}

	/** The figures of the compared publication, read now and checked to be the one the run started with. */
	public PreviousPeriod previousFigures() {
		Manifest.Previous previous = previous();
		if (previous == null) {
			return null;
		}
		return PreviousPublication.read(Path.of(this.parameters.getString(PREVIOUS)), period(),
				previous.manifestSha256());
	}

	/** The scratch space of the job instance. */
	public WorkArea work() {
		return this.work;
	}

}
