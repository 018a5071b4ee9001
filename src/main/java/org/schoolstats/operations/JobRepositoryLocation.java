package org.schoolstats.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.schoolstats.submission.Period;

/**
 * Where the job repository of a period lives. By default each period has its own H2 file under the state
 * directory ({@code state/repository-2024.mv.db}), because an H2 file serves one process at a time and two periods
 * may run side by side. So that an execution id alone says which file it is in, each period's ids start at a base
 * made of the period: {@code 2024000001}, {@code 2024100001} (H1), {@code 2024200001} (H2). With {@code --db} all
 * periods share the given database (PostgreSQL in production) and ids are plain.
 */
public record JobRepositoryLocation(String url, long idBase) {

	private static final String PREFIX = "repository-";

	/** A period's ids are its base plus a number below this. */
	static final long IDS_PER_PERIOD = 100_000;

	/**
	 * @throws UserError with {@link ExitCode#USAGE} when the period's default repository file is there but empty:
	 * H2 would silently start a new one, whose execution ids begin again
	 */
	public static JobRepositoryLocation of(Path stateDirectory, Period period, String db) {
		if (db != null) {
			return new JobRepositoryLocation(db, 0);
		}
		Path file = file(stateDirectory, period.label());
		try {
			if (Files.isRegularFile(file) && Files.size(file) == 0) {
				throw new UserError(ExitCode.USAGE, "The job repository " + file + " is empty (0 bytes), so the record "
						+ "of " + period + "'s runs is lost: move it aside (mv " + file + " " + file + ".broken) to start a "
						+ "new record, or restore it from a backup, then run again.");
			}
		}
		catch (IOException ex) {
			// unreadable: opening it says so
		}
		return new JobRepositoryLocation(h2Url(stateDirectory, period.label()), idBase(period));
	}

	/** The file of a period's default repository. */
	static Path file(Path stateDirectory, String period) {
		return stateDirectory.toAbsolutePath().resolve(PREFIX + period + ".mv.db");
	}

	/** The default repository file of an H2 URL made by {@link #h2Url}, or {@code null} for any other URL. */
	Path defaultFile() {
		if (!this.url.startsWith("jdbc:h2:file:") || this.idBase == 0) {
			return null;
		}
		String path = this.url.substring("jdbc:h2:file:".length());
		int options = path.indexOf(';');
		return Path.of((options < 0 ? path : path.substring(0, options)) + ".mv.db");
	}

	/** The default repositories found under the state directory, by period. */
	public static List<String> periodsWithRepository(Path stateDirectory) {
		List<String> periods = new ArrayList<>();
		if (!Files.isDirectory(stateDirectory)) {
			return periods;
		}
		try (Stream<Path> files = Files.list(stateDirectory)) {
			files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.startsWith(PREFIX) && name.endsWith(".mv.db"))
				.map((name) -> name.substring(PREFIX.length(), name.length() - ".mv.db".length()))
				.sorted()
				.forEach(periods::add);
		}
		catch (IOException ex) {
			throw new UserError(ExitCode.FAILED, "The state directory " + stateDirectory + " cannot be listed ("
					+ ex.getMessage() + "): check its permissions.", ex);
		}
		return periods;
	}

	public static String h2Url(Path stateDirectory, String period) {
		// WRITE_DELAY=0: a commit is on disk before the next chunk starts, so kill -9 loses at most one chunk.
		// DB_CLOSE_ON_EXIT=FALSE: the command closes the database itself, after the job has ended, even on a signal.
		return "jdbc:h2:file:" + stateDirectory.toAbsolutePath().resolve(PREFIX + period)
				+ ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE";
	}

	static long idBase(Period period) {
		return (period.year() * 10L + period.half()) * IDS_PER_PERIOD;
	}

	/** The period whose default repository holds this execution id, or {@code null} if the id is not one of ours. */
	static String periodOfId(long id) {
		long code = id / IDS_PER_PERIOD;
		int year = (int) (code / 10);
		int half = (int) (code % 10);
		if (year < 1900 || year > 2100 || half > 2 || id % IDS_PER_PERIOD == 0) {
			return null;
		}
		return half == 0 ? Integer.toString(year) : year + "-H" + half;
	}

	/** The URL (or a message quoting it) for the console, without the value of a password parameter. */
	public static String withoutPassword(String url) {
		return url.replaceAll("(?i)(password=)[^&;\\s]*", "$1***");
	}

}
