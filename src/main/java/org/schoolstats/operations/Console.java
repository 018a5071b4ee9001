package org.schoolstats.operations;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The console: progress and outcomes on standard output, failures on standard error, always in UTF-8 whatever the
 * platform's locale (under {@code LANG=C} Java would print Chinese names as question marks).
 */
final class Console {

	private static PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
			StandardCharsets.UTF_8);

	private static PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
			StandardCharsets.UTF_8);

	private Console() {
	}

	static PrintStream stdout() {
		return out;
	}

	static PrintStream stderr() {
		return err;
	}

	static void out(String line) {
		out.println(line);
	}

	static void err(String line) {
		err.println(line);
	}

}
