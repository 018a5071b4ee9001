package org.schoolstats.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.util.FileSystemUtils;

/**
 * Where a period is published under {@code --output}, and the directories used on the way (section 3). Each job
 * instance stages its outputs in a directory of its own, named by a random id kept in the job's execution context:
 * processes of two working directories (two job repositories, whose execution ids may be equal) may publish into
 * one output root one after the other, and never write into each other's staging directory.
 */
public record OutputDirectory(Path root, String period) {

	/** The key of the staging id in the job execution context, which a restart carries over. */
	static final String STAGING_ID = "publication.staging-id";

	/** The published directory, {@code OUTPUT/<period>/}. */
	public Path published() {
		return this.root.resolve(this.period);
	}

	/** The manifest of the publication in place, or {@code null} when there is none. */
	public Manifest manifest() {
		Path file = published().resolve(Manifest.NAME);
		return Files.exists(file) ? Manifest.read(file) : null;
	}

	/** Outputs being written; hidden, and on the same file system so that it can be renamed into place. */
	public Path staging(ExecutionContext job) {
		String id = job.getString(STAGING_ID, null);
		if (id == null) {
			id = UUID.randomUUID().toString().substring(0, 8);
			job.putString(STAGING_ID, id);
		}
		return this.root.resolve(stagingPrefix() + id);
	}

	private String stagingPrefix() {
		return "." + this.period + ".staging-";
	}

	/**
	 * Removes the staging directories of this period that belong to no run going on: called while holding the
	 * period's lock on the output root, so no live process writes into any of them.
	 * @param keep the job execution context of the execution about to be resumed, whose staging directory stays;
	 * {@code null} for a fresh run
	 */
	public void removeStagingOfDeadRuns(ExecutionContext keep) {
		String kept = keep == null ? null : keep.getString(STAGING_ID, null);
		if (!Files.isDirectory(this.root)) {
			return;
		}
		try (Stream<Path> children = Files.list(this.root)) {
			for (Path child : children.toList()) {
				String name = child.getFileName().toString();
				boolean staging = name.startsWith(stagingPrefix()) || name.equals("." + this.period + ".staging");
				if (staging && !name.equals(stagingPrefix() + kept)) {
					FileSystemUtils.deleteRecursively(child);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot clean up " + this.root, ex);
		}
	}

	/** The last publication, for the moment between moving it away and deleting it. */
	public Path previous() {
		return this.root.resolve("." + this.period + ".previous");
	}

	/** Where a run that exceeded the reject threshold leaves its rejects (section 4). */
	public Path failed() {
		return this.root.resolve(this.period + ".failed");
	}

	Path failedStaging() {
		return this.root.resolve("." + this.period + ".failed.staging");
	}

}
