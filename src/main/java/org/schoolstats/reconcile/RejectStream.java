package org.schoolstats.reconcile;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.schoolstats.submission.Checked;

/**
 * Staged rejects of one category in processing order (file, then line), merged from several files that are each
 * in that order already: the rejects of the read partitions and the conflicts of every bucket.
 */
final class RejectStream implements Closeable {

	private static final Comparator<Source> ORDER = Comparator
		.comparingInt((Source source) -> source.head.fileIndex())
		.thenComparingLong((source) -> source.head.line());

	private final List<Source> sources = new ArrayList<>();

	private final PriorityQueue<Source> queue = new PriorityQueue<>(ORDER);

	/**
	 * @param runs each a list of files to be read one after the other as one ordered run
	 */
	RejectStream(List<List<Path>> runs) throws IOException {
		for (List<Path> run : runs) {
			Source source = new Source(run);
			this.sources.add(source);
			if (source.advance()) {
				this.queue.add(source);
			}
		}
	}

	/** The next reject in processing order, or {@code null}. */
	Checked.Rejected next() throws IOException {
		Source source = this.queue.poll();
		if (source == null) {
			return null;
		}
		Checked.Rejected next = source.head;
		if (source.advance()) {
			this.queue.add(source);
		}
		return next;
	}

	@Override
	public void close() throws IOException {
		for (Source source : this.sources) {
			source.in.close();
		}
	}

	private static final class Source {

		private final StagedInput in;

		private Checked.Rejected head;

		Source(List<Path> files) throws IOException {
			List<InputStream> streams = new ArrayList<>();
			for (Path file : files) {
				if (Files.exists(file)) {
					streams.add(Files.newInputStream(file));
				}
			}
			this.in = StagedInput.from(new SequenceInputStream(Collections.enumeration(streams)));
		}

		boolean advance() throws IOException {
			this.head = StagedRecords.readRejected(this.in);
			return this.head != null;
		}

	}

}
