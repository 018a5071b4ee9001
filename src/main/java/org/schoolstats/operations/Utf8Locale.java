package org.schoolstats.operations;

/**
 * Java takes file names, the working directory and the command's arguments in the encoding of the system locale,
 * fixed when the JVM starts. Under {@code LANG=C} (what cron gives by default) it cannot name
 * {@code 汝南县/4117270003.csv} at all, and a Chinese {@code --output} arrives as question marks before any code
 * runs. A command that works with files therefore refuses to start under a locale that is not UTF-8, with the one
 * setting that fixes it (docs/decisions.md, "Locale").
 */
final class Utf8Locale {

	private Utf8Locale() {
	}

	/** @throws UserError with {@link ExitCode#USAGE} when file names are not taken in UTF-8 */
	static void require() {
		String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
		if (!encoding.equalsIgnoreCase("UTF-8") && !encoding.equalsIgnoreCase("UTF8")) {
			throw new UserError(ExitCode.USAGE, "school-stats needs a UTF-8 locale to read and write file names, "
					+ "and this one uses " + encoding + " (LANG or LC_ALL is unset or C, as under cron): set "
					+ "LANG=C.UTF-8 in the environment (in a crontab, on the line or at its top) and run again.");
		}
	}

}
