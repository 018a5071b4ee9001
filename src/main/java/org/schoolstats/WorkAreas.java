package org.schoolstats;

import java.nio.file.Path;

/** Where the work areas of job instances live: {@code <work-dir>/<period>/instance-<id>}. */
public record WorkAreas(Path root) {

	public WorkArea of(String period, long jobInstanceId) {
		return new WorkArea(this.root.resolve(period).resolve("instance-" + jobInstanceId));
	}

}
