package org.schoolstats.publish;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.schoolstats.indicator.Figures;
import org.schoolstats.reconcile.Reconciliation;
import org.schoolstats.submission.Category;

/** A category has more rejected records than {@code --max-reject-pct} allows; nothing is published. */
public class RejectThresholdExceededException extends RuntimeException implements org.schoolstats.work.PlainFailure {

	public RejectThresholdExceededException(Category category, Reconciliation.Counts counts, BigDecimal limit,
			Path rejects) {
		super(category.folder() + " has " + counts.rowsRejected() + " rejected rows out of " + counts.rowsRead()
				+ " read (" + Figures.percent(counts.rowsRejected(), counts.rowsRead()) + "%), more than the "
				+ limit.stripTrailingZeros().toPlainString() + "% allowed, so nothing was published. The rejects are in "
				+ rejects + ": fix the files and run the same command again, or raise --max-reject-pct.");
	}

}
