package org.schoolstats.operations;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.schoolstats.work.PlainFailure;
import org.springframework.core.NestedExceptionUtils;

/** Turns any failure into the one plain sentence of section 4; the full trace goes to the log file. */
public final class Failures {

	private Failures() {
	}

	/**
	 * The sentence for a failed job execution.
	 * @param places where the run writes (the state directory, the output root): a full disk among them is named
	 */
	public static String sentence(List<Throwable> failures, Path logFile, List<Path> places) {
		for (Throwable failure : failures) {
			String plain = plain(failure);
			if (plain != null) {
				return plain;
			}
		}
		Path full = fullDisk(places);
		for (Throwable failure : failures) {
			if (isDiskFull(failure) || full != null) {
				Path where = full != null ? full : fileOf(failure);
				return diskFull(where, "during the run") + " then run the same command again to resume.";
			}
			String lost = connectionLost(failure);
			if (lost != null) {
				return lost;
			}
		}
		return "The run failed unexpectedly" + (failures.isEmpty() ? "" : " (" + describeCause(failures.get(0)) + ")")
				+ ". The details are in " + logFile + "; once the cause is fixed, run the same command again to resume.";
	}

	/** The sentence for a run that lost its connection to the job repository, or {@code null} for another failure. */
	static String connectionLost(Throwable failure) {
		if (!isConnectionLost(failure)) {
			return null;
		}
		return "The connection to the job repository was lost during the run ("
				+ describeCause(failure) + "): check that the database is running "
				+ "and reachable, then run the same command again to resume.";
	}

	/** "The disk holding X filled up during the run: free some space there," */
	static String diskFull(Path where, String when) {
		return "The disk" + (where == null ? "" : " holding " + where) + " filled up " + when + " (no space left on "
				+ "device): free some space there,";
	}

	/**
	 * The first of the places whose file system has (almost) no room left: a database that could not write closes
	 * itself and says only that it is closed, so the room left is the surer sign.
	 */
	static Path fullDisk(List<Path> places) {
		for (Path place : places) {
			try {
				if (place != null && Files.exists(place) && Files.getFileStore(place).getUsableSpace() < 1024 * 1024) {
					return place;
				}
			}
			catch (IOException ex) {
				// not a place to judge
			}
		}
		return null;
	}

	/** The file a failure names, when one of its causes is about a file. */
	private static Path fileOf(Throwable failure) {
		Throwable about = firstCause(failure, (cause) -> cause instanceof java.nio.file.FileSystemException fileSystem
				&& fileSystem.getFile() != null);
		return about == null ? null : Path.of(((java.nio.file.FileSystemException) about).getFile());
	}

	/** The sentence of the first plain failure in the cause chain, or {@code null}. */
	public static String plain(Throwable failure) {
		Throwable plain = firstCause(failure, (cause) -> cause instanceof PlainFailure || cause instanceof UserError);
		return plain == null ? null : plain.getMessage();
	}

	/** An I/O problem in words: "permission denied", "no space left on device", or the system's message. */
	static String describeIo(IOException failure) {
		if (failure instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (failure instanceof NoSuchFileException) {
			return "a folder on the way does not exist";
		}
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		int reason = message.lastIndexOf(": ");
		return reason >= 0 ? message.substring(reason + 2) : message;
	}

	/** The most specific cause of a failure in words, as {@link #describe} gives them. */
	static String describeCause(Throwable failure) {
		return describe(NestedExceptionUtils.getMostSpecificCause(failure));
	}

	/** A failure in words for the console: its message's first line, never its class name. */
	static String describe(Throwable failure) {
		String message = failure.getMessage();
		if (message == null || message.isBlank()) {
			return "no details given; see the log";
		}
		String firstLine = message.strip().lines().findFirst().orElse("");
		firstLine = JobRepositoryLocation.withoutPassword(firstLine);
		return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
	}

	/** Whether a failure anywhere in its chain says that a disk is full. */
	static boolean isDiskFull(Throwable failure) {
		return anyCause(failure, (cause) -> cause.getMessage() != null
				&& cause.getMessage().toLowerCase(java.util.Locale.ROOT).contains("no space left on device"));
	}

	/** Whether the database said that its file is damaged (H2: 90030 file corrupted, 90048 unsupported format). */
	static boolean isDamagedDatabase(Throwable failure) {
		return anyCause(failure, (cause) -> cause instanceof java.sql.SQLException sql
				&& (sql.getErrorCode() == 90030 || sql.getErrorCode() == 90048
						|| String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("corrupt")));
	}

	/** Whether the connection to the database was lost or could not be made (SQL state class 08). */
	static boolean isConnectionLost(Throwable failure) {
		return anyCause(failure, (cause) -> cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("08")
				|| cause instanceof java.sql.SQLTransientConnectionException);
	}

	private static boolean anyCause(Throwable failure, java.util.function.Predicate<Throwable> test) {
		return firstCause(failure, test) != null;
	}

	/** The failure itself or the first of its causes that passes the test, or {@code null}. */
	private static Throwable firstCause(Throwable failure, java.util.function.Predicate<Throwable> test) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (test.test(cause)) {
				return cause;
			}
		}
		return null;
	}

}
