package org.schoolstats.operations;

/** A failure the user can fix, with the one plain sentence to print and the exit code to end with. */
public class UserError extends RuntimeException {

	private final int exitCode;

	public UserError(int exitCode, String sentence) {
		super(sentence);
		this.exitCode = exitCode;
	}

	public UserError(int exitCode, String sentence, Throwable cause) {
		super(sentence, cause);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return this.exitCode;
	}

}
