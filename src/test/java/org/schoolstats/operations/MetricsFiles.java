package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a metrics file the way the tests check it, independently of the code that writes it: {@code promtool check
 * metrics} (Debian's package prometheus) when it is installed, and always a strict line-by-line check of what
 * node_exporter's textfile collector accepts. CI sets {@code SCHOOL_STATS_REQUIRE_PROMTOOL=1}, so that a missing
 * promtool fails instead of being passed over.
 */
final class MetricsFiles {

	private static final Pattern HELP = Pattern.compile("# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) (\\S.*)");

	private static final Pattern TYPE = Pattern.compile("# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (gauge|summary|counter)");

	/** A name, labels in braces, one space, a number; no timestamp. */
	private static final Pattern SAMPLE = Pattern.compile(
			"([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{((?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*)\\})? "
					+ "([+-]?(?:[0-9]+(?:\\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|Inf|NaN))");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private MetricsFiles() {
	}

	/** One series of the file. */
	record Series(String name, Map<String, String> labels, double value) {

		String label(String name) {
			return this.labels.get(name);
		}

	}

	/** The file passes promtool (when installed) and the strict check, and its series. */
	static List<Series> read(Path file) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		promtool(file);
		return strict(text);
	}

	/** The series of one period whose name is {@code name}. */
	static List<Series> of(List<Series> series, String name, String period) {
		return series.stream()
			.filter((s) -> s.name().equals(name) && period.equals(s.label("period")))
			.toList();
	}

	/** The value of the one series of a period with this name (and these other labels). */
	static double value(List<Series> series, String name, String period, String... labels) {
		List<Series> found = of(series, name, period).stream().filter((s) -> {
			for (int i = 0; i < labels.length; i += 2) {
				if (!labels[i + 1].equals(s.label(labels[i]))) {
					return false;
				}
			}
			return true;
		}).toList();
		assertThat(found).as(name + " of " + period + " " + List.of(labels)).hasSize(1);
		return found.get(0).value();
	}

	/** The lines of the file that belong to a period: to show that a run left them exactly as they were. */
	static List<String> linesOf(Path file, String period) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> line.contains("period=\"" + period + "\""))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Series> strict(String text) {
		assertThat(text).as("the metrics file").isNotEmpty().endsWith("\n").doesNotContain("\r");
		List<Series> series = new ArrayList<>();
		Set<String> helped = new HashSet<>();
		Map<String, String> typed = new TreeMap<>();
		Set<String> seen = new HashSet<>();
		String family = null;
		for (String line : text.split("\n")) {
			Matcher help = HELP.matcher(line);
			Matcher type = TYPE.matcher(line);
			Matcher sample = SAMPLE.matcher(line);
			if (help.matches()) {
				assertThat(helped.add(help.group(1))).as("one HELP line for " + help.group(1)).isTrue();
				family = help.group(1);
			}
			else if (type.matches()) {
				assertThat(typed.put(type.group(1), type.group(2))).as("one TYPE line for " + type.group(1)).isNull();
				assertThat(type.group(1)).as("TYPE right after the HELP of its family").isEqualTo(family);
			}
			else if (sample.matches()) {
				String name = sample.group(1);
				String owner = typed.containsKey(name) ? name : name.replaceFirst("_(sum|count)$", "");
				assertThat(owner).as("the family of " + line).isEqualTo(family);
				assertThat(typed).as("a TYPE line before " + line).containsKey(owner);
				if (!owner.equals(name)) {
					assertThat(typed.get(owner)).as(line).isEqualTo("summary");
				}
				Map<String, String> labels = new TreeMap<>();
				Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
				while (label.find()) {
					assertThat(labels.put(label.group(1), label.group(2))).as("label once in " + line).isNull();
				}
				assertThat(seen.add(name + labels)).as("one line per series: " + line).isTrue();
				series.add(new Series(name, labels, Double.parseDouble(sample.group(3))));
			}
			else {
				fail("Not a HELP, TYPE or sample line (or a sample with a timestamp): " + line);
			}
		}
		assertThat(helped).as("families with HELP and TYPE").isEqualTo(typed.keySet());
		return series;
	}

	private static void promtool(Path file) {
		Path promtool = onPath("promtool");
		if (promtool == null) {
			if ("1".equals(System.getenv("SCHOOL_STATS_REQUIRE_PROMTOOL"))) {
				fail("promtool is not installed (Debian package prometheus), and SCHOOL_STATS_REQUIRE_PROMTOOL=1");
			}
			return;
		}
		try {
			Process process = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectInput(file.toFile())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as("promtool check metrics: " + output).isZero();
			assertThat(output).as("promtool's complaints").isBlank();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static Path onPath(String command) {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(directory, command);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}
