package org.schoolstats.operations;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.schoolstats.job.LoadedOnce;
import org.schoolstats.job.RunParameters;
import org.schoolstats.job.SchoolStatsJobConfiguration;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.FileRangePartitioner;
import org.schoolstats.submission.RecordBatch;
import org.schoolstats.submission.SubmissionFile;
import org.schoolstats.work.WorkArea;
import org.schoolstats.work.WorkAreas;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress a person can follow on the console: while a category is read, a line every few seconds with the files
 * done of the total, the rows, the rows per second and the time left; while another step works, a line every few
 * seconds that it still does; after every step, one line with its time. Silent unless the command line gives it
 * somewhere to print.
 */
public class ProgressReporter implements StepExecutionListener, ChunkListener<RecordBatch, List<Checked>> {

	private final WorkAreas workAreas;

	private final LoadedOnce loaded;

	private final long intervalMillis;

	private volatile PrintStream out;

	private final Map<Long, Partition> partitions = new ConcurrentHashMap<>();

	private volatile Reading reading;

	private long lastPrinted;

	private ScheduledExecutorService heartbeats;

	private ScheduledFuture<?> heartbeat;

	public ProgressReporter(WorkAreas workAreas, LoadedOnce loaded, long intervalMillis) {
		this.workAreas = workAreas;
		this.loaded = loaded;
		this.intervalMillis = intervalMillis;
	}

	public void printTo(PrintStream out) {
		this.out = out;
	}

	/** The files of a category being read, with their sizes, and when the reading began. */
	private record Reading(Category category, long[] bytesBefore, long started) {

		long totalBytes() {
			return this.bytesBefore[this.bytesBefore.length - 1];
		}

		int files() {
			return this.bytesBefore.length - 1;
		}

	}

	/** How far one worker of the read step is. */
	private static final class Partition {

		final int from;

		volatile int current;

		volatile long rows;

		Partition(int from) {
			this.from = from;
			this.current = from;
		}

	}

	@Override
	public void beforeStep(StepExecution step) {
		if (this.out == null) {
			return;
		}
		String name = step.getStepName();
		if (step.getExecutionContext().containsKey(FileRangePartitioner.FROM)) {
			this.partitions.put(step.getId(), new Partition(step.getExecutionContext().getInt(FileRangePartitioner.FROM)));
		}
		else if (name.startsWith("read")) {
			startReading(step);
		}
		else {
			startHeartbeat(name);
		}
	}

	/** A step that is not a read step says every few seconds that it is still at work. */
	private synchronized void startHeartbeat(String stepName) {
		if (this.heartbeats == null) {
			this.heartbeats = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "progress");
				thread.setDaemon(true);
				return thread;
			});
		}
		long started = System.nanoTime();
		this.heartbeat = this.heartbeats.scheduleAtFixedRate(() -> {
			PrintStream console = this.out;
			if (console != null) {
				console.printf(Locale.ROOT, "  %s: still at work, %.0f s so far%n", stepName,
						(System.nanoTime() - started) / 1e9);
			}
		}, this.intervalMillis, this.intervalMillis, TimeUnit.MILLISECONDS);
	}

	private void startReading(StepExecution step) {
		String period = step.getJobParameters().getString(RunParameters.PERIOD);
		WorkArea work = this.workAreas.of(period, step.getJobExecution().getJobInstanceId());
		Category category = SchoolStatsJobConfiguration.categoryOfStep(step.getStepName());
		List<SubmissionFile> files = this.loaded.listing(work).files(category);
		long[] before = new long[files.size() + 1];
		for (int i = 0; i < files.size(); i++) {
			before[i + 1] = before[i] + files.get(i).bytes();
		}
		this.partitions.clear();
		this.reading = new Reading(category, before, System.nanoTime());
		this.lastPrinted = System.currentTimeMillis();
	}

	@Override
	public void afterChunk(Chunk<List<Checked>> chunk) {
		if (this.out == null || chunk.isEmpty()) {
			return;
		}
		var context = StepSynchronizationManager.getContext();
		Partition partition = context == null ? null : this.partitions.get(context.getStepExecution().getId());
		if (partition == null) {
			return;
		}
		for (List<Checked> batch : chunk) {
			for (Checked item : batch) {
				if (!(item instanceof Checked.Rejected rejected && rejected.reason().isAboutFile())) {
					partition.rows++; // a file that is not read is not a row
				}
				partition.current = item.fileIndex();
			}
		}
		maybePrint();
	}

	private synchronized void maybePrint() {
		long now = System.currentTimeMillis();
		if (now - this.lastPrinted < this.intervalMillis) {
			return;
		}
		this.lastPrinted = now;
		Reading reading = this.reading;
		if (reading == null) {
			return;
		}
		long rows = 0;
		long files = 0;
		long bytes = 0;
		for (Partition partition : this.partitions.values()) {
			rows += partition.rows;
			files += partition.current - partition.from;
			bytes += reading.bytesBefore()[partition.current] - reading.bytesBefore()[partition.from];
		}
		double seconds = (System.nanoTime() - reading.started()) / 1e9;
		String left = "";
		if (bytes > 0 && reading.totalBytes() > bytes) {
			left = String.format(Locale.ROOT, ", about %.0f s left", seconds * (reading.totalBytes() - bytes) / bytes);
		}
		this.out.printf(Locale.ROOT, "  reading %s: %,d of %,d files, %,d rows, %,.0f rows/s%s%n",
				reading.category().folder(), files, reading.files(), rows, rows / Math.max(seconds, 0.001), left);
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		if (this.out == null || step.getExecutionContext().containsKey(FileRangePartitioner.FROM)) {
			return null;
		}
		synchronized (this) {
			if (this.heartbeat != null) {
				this.heartbeat.cancel(false);
				this.heartbeat = null;
			}
		}
		double seconds = step.getStartTime() == null || step.getEndTime() == null ? 0
				: java.time.Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0;
		String detail = "";
		if (step.getStepName().startsWith("read") && this.reading != null) {
			long rows = this.partitions.values().stream().mapToLong((p) -> p.rows).sum();
			detail = String.format(Locale.ROOT, " (%,d files, %,d rows)", this.reading.files(), rows);
			this.reading = null;
		}
		this.out.printf(Locale.ROOT, "  %-22s %s in %.1f s%s%n", step.getStepName(),
				step.getStatus().toString().toLowerCase(Locale.ROOT), seconds, detail);
		return null;
	}

}
