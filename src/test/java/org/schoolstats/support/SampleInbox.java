package org.schoolstats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample inbox of the repository ({@code input/}: five counties, 47 schools, about 3,300 rows), copied for a
 * process-level test, so that the test's runs see exactly these bytes whatever happens to the working tree.
 */
public final class SampleInbox {

	private SampleInbox() {
	}

	/** Copies {@code input/} of the project into the directory and returns it. */
	public static Path copyTo(Path target) {
		Path source = Path.of("input").toAbsolutePath();
		try (Stream<Path> walk = Files.walk(source)) {
			List<Path> paths = walk.sorted().toList();
			for (Path path : paths) {
				// Path to path, not through strings: file names keep their bytes under any locale (LANG=C included).
				Path copy = target.resolve(source.relativize(path));
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(path, copy);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
