package org.schoolstats.reconcile;

import java.util.List;
import java.util.Map;

import org.schoolstats.submission.Category;

/**
 * The row accounting of a run (section 2): per category the four figures of the manifest, per file the records
 * read, per registry school the rejected records, and the number of rows of {@code rejects.csv} (which also lists
 * files that were not read).
 */
public record Reconciliation(Map<Category, Counts> categories, Map<Category, List<Long>> rowsReadPerFile,
		Map<String, Long> rejectedPerSchool, long rejectRows) {

	/** {@code rows_read = rows_accepted + rows_rejected + duplicates_collapsed}. */
	public record Counts(long rowsRead, long rowsAccepted, long rowsRejected, long duplicatesCollapsed) {

		public Counts {
			if (rowsRead != rowsAccepted + rowsRejected + duplicatesCollapsed) {
				throw new IllegalStateException("Row accounting does not add up: read " + rowsRead + ", accepted "
						+ rowsAccepted + ", rejected " + rowsRejected + ", collapsed " + duplicatesCollapsed);
			}
		}

	}

	public Counts counts(Category category) {
		return this.categories.get(category);
	}

	public long rejectedAt(String schoolCode) {
		return this.rejectedPerSchool.getOrDefault(schoolCode, 0L);
	}

	public long totalRead() {
		return this.categories.values().stream().mapToLong(Counts::rowsRead).sum();
	}

	public long totalAccepted() {
		return this.categories.values().stream().mapToLong(Counts::rowsAccepted).sum();
	}

	public long totalRejected() {
		return this.categories.values().stream().mapToLong(Counts::rowsRejected).sum();
	}

}
