package org.schoolstats.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import org.schoolstats.reconcile.Reconciliation;
import org.schoolstats.reconcile.RejectsFile;
import org.schoolstats.submission.Category;
import org.schoolstats.work.WorkArea;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.util.FileSystemUtils;

/**
 * The reject threshold of {@code run} (section 4): when a category's rejected records exceed N % of its
 * rows_read, the run fails, publishes nothing and leaves its rejects in {@code OUTPUT/<period>.failed/} for the
 * administrator. Being a step of its own, it is checked again, with the new threshold, when the run is resumed.
 */
public class RejectThresholdTasklet implements Tasklet {

	private final WorkArea work;

	private final OutputDirectory output;

	private final BigDecimal maxRejectPct;

	public RejectThresholdTasklet(WorkArea work, OutputDirectory output, BigDecimal maxRejectPct) {
		this.work = work;
		this.output = output;
		this.maxRejectPct = maxRejectPct;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		Reconciliation reconciliation = WorkArea.readJson(this.work.reconciliation(), Reconciliation.class);
		for (Category category : Category.values()) {
			Reconciliation.Counts counts = reconciliation.counts(category);
			if (exceeds(counts.rowsRejected(), counts.rowsRead(), this.maxRejectPct)) {
				keepRejects();
				throw new RejectThresholdExceededException(category, counts, this.maxRejectPct,
						this.output.failed().resolve(RejectsFile.NAME));
			}
		}
		return RepeatStatus.FINISHED;
	}

	/** rejected / read × 100 > limit, compared exactly. */
	static boolean exceeds(long rejected, long read, BigDecimal limit) {
		return BigDecimal.valueOf(rejected).multiply(BigDecimal.valueOf(100))
			.compareTo(limit.multiply(BigDecimal.valueOf(read))) > 0;
	}

	private void keepRejects() throws IOException {
		FileSystemUtils.deleteRecursively(this.output.failedStaging());
		Files.createDirectories(this.output.failedStaging());
		Files.copy(this.work.rejects(), this.output.failedStaging().resolve(RejectsFile.NAME));
		FileSystemUtils.deleteRecursively(this.output.failed());
		Files.move(this.output.failedStaging(), this.output.failed(), StandardCopyOption.ATOMIC_MOVE);
	}

}
