package org.schoolstats.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/** Where the work areas of job instances live: {@code <work-dir>/<period>/instance-<id>}. */
public record WorkAreas(Path root) {

	public WorkArea of(String period, long jobInstanceId) {
		return new WorkArea(this.root.resolve(period).resolve("instance-" + jobInstanceId));
	}

	/**
	 * Removes the work areas of a period's earlier instances, which can no longer be resumed, keeping the one of
	 * the instance about to run (if it is being resumed). Only called while holding the period's lock.
	 */
	public void removeAllBut(String period, WorkArea keep) {
		Path periodRoot = this.root.resolve(period);
		if (!Files.isDirectory(periodRoot)) {
			return;
		}
		try (Stream<Path> areas = Files.list(periodRoot)) {
			for (Path area : areas.toList()) {
				if (keep == null || !area.equals(keep.root())) {
					FileSystemUtils.deleteRecursively(area);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot clean up " + periodRoot, ex);
		}
	}

}
