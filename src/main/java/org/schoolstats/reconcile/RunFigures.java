package org.schoolstats.reconcile;

import java.util.LinkedHashMap;
import java.util.Map;

import org.schoolstats.submission.Category;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The totals of a run kept in the job execution context, so that {@code status} can show them without the work
 * area, and the four figures of each category, so that the metrics of a run that failed after counting can show
 * them: counters only, never data.
 */
public record RunFigures(long read, long accepted, long rejected) {

	private static final String READ = "rows.read";

	private static final String ACCEPTED = "rows.accepted";

	private static final String REJECTED = "rows.rejected";

	static void save(ExecutionContext context, Reconciliation reconciliation) {
		context.putLong(READ, reconciliation.totalRead());
		context.putLong(ACCEPTED, reconciliation.totalAccepted());
		context.putLong(REJECTED, reconciliation.totalRejected());
		reconciliation.categories().forEach((category, counts) -> {
			String prefix = prefix(category);
			context.putLong(prefix + "read", counts.rowsRead());
			context.putLong(prefix + "accepted", counts.rowsAccepted());
			context.putLong(prefix + "rejected", counts.rowsRejected());
			context.putLong(prefix + "duplicates_collapsed", counts.duplicatesCollapsed());
		});
	}

	private static String prefix(Category category) {
		return "rows." + category.folder() + ".";
	}

	/** The totals of an execution that got as far as reconciliation, or {@code null}. */
	public static RunFigures of(ExecutionContext context) {
		if (!context.containsKey(READ)) {
			return null;
		}
		return new RunFigures(context.getLong(READ), context.getLong(ACCEPTED), context.getLong(REJECTED));
	}

	/**
	 * The figures of each category by its folder name ({@code enrollment}, ...), in processing order, as in the
	 * manifest; empty for an execution that did not get as far as reconciliation.
	 */
	public static Map<String, Reconciliation.Counts> perCategory(ExecutionContext context) {
		Map<String, Reconciliation.Counts> figures = new LinkedHashMap<>();
		for (Category category : Category.values()) {
			String prefix = prefix(category);
			if (context.containsKey(prefix + "read")) {
				figures.put(category.folder(), new Reconciliation.Counts(context.getLong(prefix + "read"),
						context.getLong(prefix + "accepted"), context.getLong(prefix + "rejected"),
						context.getLong(prefix + "duplicates_collapsed")));
			}
		}
		return figures;
	}

}
