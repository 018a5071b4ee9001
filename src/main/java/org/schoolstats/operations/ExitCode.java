package org.schoolstats.operations;

/** The exit codes of section 4, for schedulers. */
public final class ExitCode {

	/** Completed, or the outputs were up to date. */
	public static final int OK = 0;

	/** The run failed; the message says why and what to do. */
	public static final int FAILED = 1;

	/** Usage or configuration error: unknown command or option, bad period, missing input directory. */
	public static final int USAGE = 2;

	/** Refused because another process is running that period. */
	public static final int BUSY = 3;

	private ExitCode() {
	}

}
