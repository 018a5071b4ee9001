package org.schoolstats.reconcile;

import java.util.List;

import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;

/**
 * Where the rows that survive reconciliation go: they are handed over as each bucket is decided, on the worker
 * that decided it, so that nothing has to be written out and read back to add them up.
 */
public interface AcceptedRows {

	/**
	 * What one worker adds up; a worker uses its part alone. A bucket is handed over whole to one part, and holds
	 * every row that shares its bucket key (see {@link Category#bucketKey()}).
	 */
	interface Part {

		void add(Category category, Checked.Accepted row);

		/** Every accepted row of the bucket has been added. */
		void endOfBucket();

	}

	Part newPart();

	/** Puts the parts together once every bucket is decided, with the row accounting of the run. */
	void finish(List<Part> parts, Reconciliation reconciliation) throws Exception;

}
