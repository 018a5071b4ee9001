package org.schoolstats.operations;

import java.nio.file.Path;
import java.util.List;

import org.schoolstats.work.PlainFailure;
import org.springframework.core.NestedExceptionUtils;

/** Turns any failure into the one plain sentence of section 4; the full trace goes to the log file. */
public final class Failures {

	private Failures() {
	}

	/** The sentence for a failed job execution. */
	public static String sentence(List<Throwable> failures, Path logFile) {
		for (Throwable failure : failures) {
			String plain = plain(failure);
			if (plain != null) {
				return plain;
			}
		}
		Throwable first = failures.isEmpty() ? null : NestedExceptionUtils.getMostSpecificCause(failures.get(0));
		return "The run failed unexpectedly" + (first == null ? "" : " (" + describe(first) + ")")
				+ ". The details are in " + logFile + "; once the cause is fixed, run the same command again to resume.";
	}

	/** The sentence of the first plain failure in the cause chain, or {@code null}. */
	public static String plain(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PlainFailure || cause instanceof UserError) {
				return cause.getMessage();
			}
		}
		return null;
	}

	static String describe(Throwable failure) {
		String message = failure.getMessage();
		String name = failure.getClass().getSimpleName();
		if (message == null || message.isBlank()) {
			return name;
		}
		String firstLine = message.strip().lines().findFirst().orElse("");
		return name + ": " + (firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine);
	}

}
