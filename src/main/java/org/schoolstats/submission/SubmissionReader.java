package org.schoolstats.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * Reads the records of a run of submission files, one file after the other, in processing order, and hands them
 * on in batches. Restartable: its position (which file, how many records of it were handed on) is saved in the
 * step's execution context at every commit, and a restart re-opens that file and passes over the records already
 * handed on.
 */
public class SubmissionReader extends ItemStreamSupport implements ItemStreamReader<RecordBatch> {

	private static final String FILE = "file";

	private static final String HANDED_ON = "handed.on";

	private final Path inputDirectory;

	private final List<SubmissionFile> files;

	private final int batchSize;

	private int current;

	private long handedOn;

	private FileRecords records;

	/**
	 * @param files the files of this reader, in processing order
	 * @param batchSize the most records handed on as one item
	 */
	public SubmissionReader(Path inputDirectory, List<SubmissionFile> files, int batchSize) {
		this.inputDirectory = inputDirectory;
		this.files = files;
		this.batchSize = batchSize;
		setName("submissions");
	}

	@Override
	public void open(ExecutionContext context) {
		this.current = context.getInt(getExecutionContextKey(FILE), 0);
		long resumeAfter = context.getLong(getExecutionContextKey(HANDED_ON), 0);
		this.handedOn = 0;
		if (this.current < this.files.size() && resumeAfter > 0) {
			this.records = new FileRecords(this.inputDirectory, this.files.get(this.current));
			while (this.handedOn < resumeAfter && this.records.next() != null) {
				this.handedOn++;
			}
			if (this.handedOn < resumeAfter) {
				throw new org.schoolstats.work.WorkAreaException("File " + this.files.get(this.current).path()
						+ " has fewer records than when this run was interrupted, so it changed in between: run again with --force to start afresh.");
			}
		}
	}

	/** The next records, at most the batch size of them, or {@code null} after the last file. */
	@Override
	public RecordBatch read() {
		List<Submitted> records = new ArrayList<>(Math.min(this.batchSize, 64));
		Submitted next;
		while (records.size() < this.batchSize && (next = readRecord()) != null) {
			records.add(next);
		}
		return records.isEmpty() ? null : new RecordBatch(records);
	}

	/** The next record, or {@code null} after the last file. */
	public Submitted readRecord() {
		while (this.current < this.files.size()) {
			if (this.records == null) {
				this.records = new FileRecords(this.inputDirectory, this.files.get(this.current));
				this.handedOn = 0;
			}
			Submitted next = this.records.next();
			if (next != null) {
				this.handedOn++;
				return next;
			}
			closeFile();
			this.current++;
		}
		return null;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(getExecutionContextKey(FILE), this.current);
		context.putLong(getExecutionContextKey(HANDED_ON), this.handedOn);
	}

	@Override
	public void close() {
		closeFile();
	}

	private void closeFile() {
		if (this.records != null) {
			try {
				this.records.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.records = null;
			this.handedOn = 0;
		}
	}

}
