package org.schoolstats.operations;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.schoolstats.operations.PrometheusText.Family;
import org.schoolstats.operations.PrometheusText.Sample;

/**
 * The metrics file that node_exporter's textfile collector reads (README, "Running nightly"). Runs of several
 * periods may share it, each replacing only its own period's series: under a lock file beside it, the file is read,
 * changed and written beside it, then renamed over it in one step, as node_exporter's documentation asks, so that the
 * collector never reads half a file.
 */
final class MetricsFile {

	static final String PERIOD = "period";

	/** Another process of this machine holds the lock only while it rewrites the file: a moment. */
	private static final long LOCK_WAIT_MILLIS = 30_000;

	private final Path file;

	MetricsFile(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	Path path() {
		return this.file;
	}

	/** {@code school-stats.prom.lock}: neither it nor the file being written ends in {@code .prom}. */
	Path lockFile() {
		return this.file.resolveSibling(this.file.getFileName() + ".lock");
	}

	private Path temporaryFile() {
		return this.file.resolveSibling(this.file.getFileName() + ".tmp");
	}

	/**
	 * Reads the file (none is no families), changes its families and replaces it with the result.
	 * @throws IOException when it cannot be read, locked or written, or does not hold the text format
	 */
	void update(UnaryOperator<List<Family>> change) throws IOException {
		// One run at a time within this process too: a file lock is held by the process, not the thread.
		synchronized (MetricsFile.class) {
			try (FileChannel lockChannel = FileChannel.open(lockFile(), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = lock(lockChannel)) {
				List<Family> current = List.of();
				if (Files.exists(this.file)) {
					try {
						current = PrometheusText.parse(Files.readString(this.file, StandardCharsets.UTF_8));
					}
					catch (PrometheusText.FormatException ex) {
						throw new NotMetrics(ex);
					}
				}
				write(PrometheusText.format(change.apply(current)));
			}
		}
	}

	/** The file holds something else than metrics in the text format: it is left as it is. */
	static final class NotMetrics extends IOException {

		NotMetrics(PrometheusText.FormatException cause) {
			super("it is not in Prometheus's text format (" + cause.getMessage() + ")", cause);
		}

	}

	private FileLock lock(FileChannel channel) throws IOException {
		long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
		while (true) {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return lock;
			}
			if (System.currentTimeMillis() > deadline) {
				throw new IOException("its lock file " + lockFile() + " stayed locked by another process for "
						+ LOCK_WAIT_MILLIS / 1000 + " s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while waiting for its lock file", ex);
			}
		}
	}

	private void write(String text) throws IOException {
		Path temporary = temporaryFile();
		try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
			ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				out.write(bytes);
			}
			out.force(true);
		}
		try {
			Files.move(temporary, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			Files.deleteIfExists(temporary);
			throw ex;
		}
	}

	/**
	 * The families of a file after a run of {@code period}: the other periods' series as they were; of the period's
	 * own series, those of the families the run measured ({@code fresh}) or declares {@code replaced} are replaced
	 * by the run's, and those of families it did not measure are kept (so a failed run keeps the last success). One
	 * family per name, by name; within a family, the series by period, each period's in the order they came.
	 */
	static List<Family> merge(List<Family> current, String period, List<Family> fresh, Set<String> replaced) {
		Map<String, Family> byName = new LinkedHashMap<>();
		Map<String, Family> measured = new LinkedHashMap<>();
		fresh.forEach((family) -> measured.put(family.name(), family));
		for (Family family : current) {
			Family now = measured.get(family.name());
			boolean replacedHere = now != null || replaced.contains(family.name());
			if (now != null && !now.type().equals(family.type())) {
				continue; // written by another version with another type: its old series cannot stay under this TYPE
			}
			List<Sample> kept = family.samples()
				.stream()
				.filter((sample) -> !(replacedHere && period.equals(sample.label(PERIOD))))
				.toList();
			byName.put(family.name(), now == null ? family.withSamples(kept) : now.withSamples(kept));
		}
		for (Family family : fresh) {
			Family merged = byName.get(family.name());
			List<Sample> samples = new ArrayList<>(merged == null ? List.of() : merged.samples());
			samples.addAll(family.samples());
			byName.put(family.name(), family.withSamples(samples));
		}
		return byName.values()
			.stream()
			.map((family) -> family.withSamples(family.samples()
				.stream()
				.sorted(Comparator.comparing((Sample sample) -> Objects.requireNonNullElse(sample.label(PERIOD), "")))
				.toList()))
			.sorted(Comparator.comparing(Family::name))
			.toList();
	}

}
