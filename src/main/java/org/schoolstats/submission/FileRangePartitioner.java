package org.schoolstats.submission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a category's files into contiguous ranges of about the same number of bytes, one per worker, so that the
 * read step uses every core. Each range keeps processing order, and the same inbox always gives the same ranges,
 * which a restart relies on.
 */
public class FileRangePartitioner implements Partitioner {

	public static final String CATEGORY = "category";

	public static final String PARTITION = "partition";

	public static final String FROM = "from";

	public static final String TO = "to";

	private final Category category;

	private final Supplier<Inbox> listing;

	public FileRangePartitioner(Category category, Supplier<Inbox> listing) {
		this.category = category;
		this.listing = listing;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<SubmissionFile> files = this.listing.get().files(this.category);
		long total = 0;
		for (SubmissionFile file : files) {
			total += Math.max(1, file.bytes());
		}
		Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
		int from = 0;
		long cumulative = 0;
		for (int partition = 0; partition < gridSize; partition++) {
			long target = total * (partition + 1) / gridSize;
			int to = from;
			while (to < files.size() && (partition == gridSize - 1 || cumulative < target)) {
				cumulative += Math.max(1, files.get(to).bytes());
				to++;
			}
			ExecutionContext context = new ExecutionContext();
			context.putString(CATEGORY, this.category.name());
			context.putInt(PARTITION, partition);
			context.putInt(FROM, from);
			context.putInt(TO, to);
			ranges.put("partition" + partition, context);
			from = to;
		}
		return ranges;
	}

}
