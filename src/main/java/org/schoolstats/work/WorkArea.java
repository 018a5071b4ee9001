package org.schoolstats.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import tools.jackson.databind.json.JsonMapper;

/**
 * The scratch space of one job instance, where each step leaves what the next one needs, so that a restarted run
 * (even in a new process) finds it again. It lives under the state directory, never in the output directory.
 */
public record WorkArea(Path root) {

	/** The submission files found by the scan, with their SHA-256 and encoding. */
	public Path inboxListing() {
		return this.root.resolve("inbox.json");
	}

	/** Where one partition of a category's read step stages its records. */
	public Path partition(String category, int partition) {
		return partitions(category).resolve("p" + partition);
	}

	/** The partitions of a category's read step, {@code p0}, {@code p1}... */
	public Path partitions(String category) {
		return this.root.resolve(category);
	}

	/** What the accepted rows add up to, per registry school. */
	public Path totals() {
		return this.root.resolve("totals.json");
	}

	/** Records rejected as {@code DUPLICATE_CONFLICT}, one file per bucket, each in processing order. */
	public Path conflicts(String category, int bucket) {
		return this.root.resolve("conflicts").resolve(category + "-" + bucket + ".bin");
	}

	/** Every reject of the run, merged in the order of {@code rejects.csv}. */
	public Path rejects() {
		return this.root.resolve("rejects.csv");
	}

	/** The row accounting of the run, per category, per file and per school. */
	public Path reconciliation() {
		return this.root.resolve("reconciliation.json");
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Saves a small record (a listing, the row accounting) for a later step, possibly in a later process. */
	public static void writeJson(Path file, Object value) {
		try {
			Files.createDirectories(file.getParent());
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			JSON.writeValue(temporary.toFile(), value);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	public static <T> T readJson(Path file, Class<T> type) {
		if (!Files.exists(file)) {
			throw new WorkAreaException("The work file " + file
					+ " is missing: the work area of this run was removed, so run again with --force.");
		}
		return JSON.readValue(file.toFile(), type);
	}

}
