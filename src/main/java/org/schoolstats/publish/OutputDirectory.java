package org.schoolstats.publish;

import java.nio.file.Path;

/** Where a period is published under {@code --output}, and the directories used on the way (section 3). */
public record OutputDirectory(Path root, String period) {

	/** The published directory, {@code OUTPUT/<period>/}. */
	public Path published() {
		return this.root.resolve(this.period);
	}

	/** Outputs being written; hidden, and on the same file system so that it can be renamed into place. */
	public Path staging() {
		return this.root.resolve("." + this.period + ".staging");
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
