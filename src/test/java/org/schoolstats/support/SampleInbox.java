package org.schoolstats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;

/**
 * The 2024 sample inbox of the repository ({@code input/2024/}: five counties, 47 schools, about 3,300 rows), copied
 * for a process-level test, so that the test's runs see exactly these bytes whatever happens to the working tree.
 */
public final class SampleInbox {

	private SampleInbox() {
	}

	/** Copies {@code input/2024/} of the project, names and bytes as they are, into the directory and returns it. */
	public static Path copyTo(Path target) {
		try {
			FileSystemUtils.copyRecursively(Path.of("input", "2024").toAbsolutePath(), target);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
