package org.schoolstats.reconcile;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The totals of a run kept in the job execution context, so that {@code status} can show them without the work
 * area: counters only, never data.
 */
public record RunFigures(long read, long accepted, long rejected) {

	private static final String READ = "rows.read";

	private static final String ACCEPTED = "rows.accepted";

	private static final String REJECTED = "rows.rejected";

	static void save(ExecutionContext context, Reconciliation reconciliation) {
		context.putLong(READ, reconciliation.totalRead());
		context.putLong(ACCEPTED, reconciliation.totalAccepted());
		context.putLong(REJECTED, reconciliation.totalRejected());
	}

	/** The totals of an execution that got as far as reconciliation, or {@code null}. */
	public static RunFigures of(ExecutionContext context) {
		if (!context.containsKey(READ)) {
			return null;
		}
		return new RunFigures(context.getLong(READ), context.getLong(ACCEPTED), context.getLong(REJECTED));
	}

}
