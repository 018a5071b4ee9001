package org.schoolstats.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.util.FileSystemUtils;

/**
 * Stages the checked records of one partition of a read step: accepted rows into bucket files by natural key (so
 * that records that may be duplicates of each other meet in one bucket, and no bucket holds more than its share of
 * the rows, however they are spread over schools), rejects into one file in processing order.
 * <p>
 * Restartable in the way of {@code FlatFileItemWriter}: at every commit the length of each file is saved in the
 * step's execution context, in the same transaction as the reader's position; a restart cuts every file back to
 * its saved length, so a chunk written after the last commit is written again, never twice.
 */
public class StagingWriter extends ItemStreamSupport implements ItemStreamWriter<List<Checked>> {

	/** Accepted rows are spread over this many files by natural key; reconciliation holds one at a time in memory per worker. */
	public static final int BUCKETS = 128;

	private static final String LENGTHS = "lengths";

	private static final String ROWS = "rows";

	private static final String REJECTS = "rejects";

	private final Path directory;

	private final Category category;

	private final Output[] outputs = new Output[BUCKETS + 1];

	private long rows;

	private long rejects;

	public StagingWriter(Path directory, Category category) {
		this.directory = directory;
		this.category = category;
		setName("staging");
	}

	public static Path bucket(Path directory, int bucket) {
		return directory.resolve("rows-" + bucket + ".bin");
	}

	public static Path rejects(Path directory) {
		return directory.resolve("rejects.bin");
	}

	/** The bucket of an accepted row: the same natural key, the same bucket (String hashes are fixed by the JDK). */
	public static int bucketOf(Category category, String[] values) {
		int hash = 1;
		for (int column : category.bucketKey()) {
			hash = 31 * hash + values[column].hashCode();
		}
		return Math.floorMod(hash, BUCKETS);
	}

	@Override
	public void open(ExecutionContext context) {
		try {
			String saved = context.getString(getExecutionContextKey(LENGTHS), null);
			if (saved == null) {
				// A fresh start: anything here was left by an attempt that never committed a chunk.
				FileSystemUtils.deleteRecursively(this.directory);
				Files.createDirectories(this.directory);
				return;
			}
			long[] lengths = Arrays.stream(saved.split(",")).mapToLong(Long::parseLong).toArray();
			for (int i = 0; i < this.outputs.length; i++) {
				cutBack(file(i), lengths[i]);
			}
			this.rows = context.getLong(getExecutionContextKey(ROWS));
			this.rejects = context.getLong(getExecutionContextKey(REJECTS));
		}
		catch (IOException ex) {
			throw new ItemStreamException("Cannot prepare the staging directory " + this.directory, ex);
		}
	}

	private void cutBack(Path file, long length) throws IOException {
		long actual = Files.exists(file) ? Files.size(file) : 0;
		if (actual < length) {
			throw new org.schoolstats.work.WorkAreaException("The staged file " + file + " is shorter than at the last checkpoint ("
					+ actual + " < " + length + " bytes); the work area was damaged, so run again with --force.");
		}
		if (actual > length) {
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
				channel.truncate(length);
			}
		}
	}

	private Path file(int output) {
		return output < BUCKETS ? bucket(this.directory, output) : rejects(this.directory);
	}

	@Override
	public void write(Chunk<? extends List<Checked>> chunk) throws IOException {
		for (List<Checked> batch : chunk) {
			for (Checked item : batch) {
				if (item instanceof Checked.Accepted row) {
					StagedRecords.write(output(bucketOf(this.category, row.values())).data, row);
					this.rows++;
				}
				else {
					StagedRecords.write(output(BUCKETS).data, (Checked.Rejected) item);
					this.rejects++;
				}
			}
		}
	}

	private Output output(int index) throws IOException {
		if (this.outputs[index] == null) {
			this.outputs[index] = new Output(file(index));
		}
		return this.outputs[index];
	}

	@Override
	public void update(ExecutionContext context) {
		long[] lengths = new long[this.outputs.length];
		try {
			for (int i = 0; i < this.outputs.length; i++) {
				if (this.outputs[i] != null) {
					this.outputs[i].data.flush();
					lengths[i] = this.outputs[i].length();
				}
				else {
					Path file = file(i);
					lengths[i] = Files.exists(file) ? Files.size(file) : 0;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		context.putString(getExecutionContextKey(LENGTHS),
				String.join(",", Arrays.stream(lengths).mapToObj(Long::toString).toList()));
		context.putLong(getExecutionContextKey(ROWS), this.rows);
		context.putLong(getExecutionContextKey(REJECTS), this.rejects);
	}

	@Override
	public void close() {
		for (int i = 0; i < this.outputs.length; i++) {
			if (this.outputs[i] != null) {
				try {
					this.outputs[i].data.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.outputs[i] = null;
			}
		}
	}

	private static final class Output {

		private final StagedOutput data;

		private final long lengthAtOpen;

		Output(Path file) throws IOException {
			this.lengthAtOpen = Files.exists(file) ? Files.size(file) : 0;
			this.data = StagedOutput.append(file);
		}

		long length() {
			return this.lengthAtOpen + this.data.written();
		}

	}

}
