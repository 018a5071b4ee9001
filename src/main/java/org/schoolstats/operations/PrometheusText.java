package org.schoolstats.operations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Prometheus's text format (version 0.0.4) as node_exporter's textfile collector reads it: metric families, each one
 * {@code # HELP} and one {@code # TYPE} line followed by its samples, never a sample timestamp (the collector rejects
 * them). Read strictly, so that the metrics file is merged only when it is known to be a file of this shape, and
 * written back in one form: families by name, labels by name, values as they were given (README, "Running
 * nightly").
 */
final class PrometheusText {

	private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

	private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

	/** A number as Prometheus's parser (Go's ParseFloat) reads it. */
	private static final Pattern VALUE = Pattern
		.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\\.[0-9]+(?:[eE][+-]?[0-9]+)?|Inf|inf|NaN|nan)");

	private static final Set<String> TYPES = Set.of("counter", "gauge", "summary", "histogram", "untyped");

	private PrometheusText() {
	}

	/** One series: the sample's name (a family's name or one of its suffixed names), its labels, its value. */
	record Sample(String name, SortedMap<String, String> labels, String value) {

		Sample {
			labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
		}

		String label(String label) {
			return this.labels.get(label);
		}

	}

	/** A metric family: its name, help text, type and samples. */
	record Family(String name, String help, String type, List<Sample> samples) {

		Family {
			samples = List.copyOf(samples);
		}

		Family withSamples(List<Sample> replaced) {
			return new Family(this.name, this.help, this.type, replaced);
		}

	}

	/** A text that is not this format, with the line that says why. */
	static final class FormatException extends IllegalArgumentException {

		FormatException(int line, String problem) {
			super("line " + line + ": " + problem);
		}

	}

	/** Reads the families of a text in this format, in the order they come. */
	static List<Family> parse(String text) {
		List<Family> families = new ArrayList<>();
		Set<String> seenFamilies = new HashSet<>();
		Set<String> seenSeries = new HashSet<>();
		String name = null;
		String help = null;
		String type = null;
		List<Sample> samples = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
		for (int index = 0; index < count; index++) {
			int number = index + 1;
			String line = lines[index];
			if (line.isBlank()) {
				continue;
			}
			if (line.startsWith("#")) {
				String[] parts = line.split(" ", 4);
				boolean help0 = parts.length >= 3 && parts[0].equals("#") && parts[1].equals("HELP");
				boolean type0 = parts.length >= 3 && parts[0].equals("#") && parts[1].equals("TYPE");
				if (!help0 && !type0) {
					continue; // a comment
				}
				String family = parts[2];
				if (!METRIC_NAME.matcher(family).matches()) {
					throw new FormatException(number, "\"" + family + "\" is not a metric name");
				}
				if (!family.equals(name)) {
					if (name != null) {
						families.add(finish(name, help, type, samples, number));
					}
					if (!seenFamilies.add(family)) {
						throw new FormatException(number, "the family " + family + " appears twice");
					}
					name = family;
					help = null;
					type = null;
					samples = new ArrayList<>();
				}
				else if (!samples.isEmpty()) {
					throw new FormatException(number, "HELP or TYPE of " + family + " after its samples");
				}
				String rest = parts.length > 3 ? parts[3] : "";
				if (help0) {
					if (help != null) {
						throw new FormatException(number, "a second HELP line for " + family);
					}
					help = unescape(rest, false, number);
				}
				else {
					if (type != null) {
						throw new FormatException(number, "a second TYPE line for " + family);
					}
					if (!TYPES.contains(rest)) {
						throw new FormatException(number, "\"" + rest + "\" is not a metric type");
					}
					type = rest;
				}
				continue;
			}
			Sample sample = sample(line, number);
			if (name == null || type == null || !belongs(sample.name(), name, type)) {
				throw new FormatException(number, "the sample " + sample.name() + " follows no TYPE line of its family");
			}
			if (!seenSeries.add(sample.name() + sample.labels())) {
				throw new FormatException(number, "the series " + sample.name() + sample.labels() + " appears twice");
			}
			samples.add(sample);
		}
		if (name != null) {
			families.add(finish(name, help, type, samples, count));
		}
		return families;
	}

	private static Family finish(String name, String help, String type, List<Sample> samples, int line) {
		if (type == null) {
			throw new FormatException(line, "the family " + name + " has no TYPE line");
		}
		return new Family(name, help == null ? "" : help, type, samples);
	}

	/** The names a family's samples may have: {@code _sum} and {@code _count} of a summary, and so on. */
	private static boolean belongs(String sample, String family, String type) {
		if (sample.equals(family)) {
			return true;
		}
		List<String> suffixes = switch (type) {
			case "summary" -> List.of("_sum", "_count");
			case "histogram" -> List.of("_sum", "_count", "_bucket");
			case "counter" -> List.of("_total");
			default -> List.of();
		};
		return suffixes.stream().anyMatch((suffix) -> sample.equals(family + suffix));
	}

	private static Sample sample(String line, int number) {
		int at = 0;
		while (at < line.length() && line.charAt(at) != '{' && line.charAt(at) != ' ') {
			at++;
		}
		String name = line.substring(0, at);
		if (!METRIC_NAME.matcher(name).matches()) {
			throw new FormatException(number, "\"" + name + "\" is not a metric name");
		}
		SortedMap<String, String> labels = new TreeMap<>();
		if (at < line.length() && line.charAt(at) == '{') {
			at++;
			while (true) {
				if (at < line.length() && line.charAt(at) == '}') {
					at++;
					break;
				}
				int equals = line.indexOf('=', at);
				if (equals < 0) {
					throw new FormatException(number, "a label without a value");
				}
				String label = line.substring(at, equals);
				if (!LABEL_NAME.matcher(label).matches()) {
					throw new FormatException(number, "\"" + label + "\" is not a label name");
				}
				if (equals + 1 >= line.length() || line.charAt(equals + 1) != '"') {
					throw new FormatException(number, "the value of label " + label + " is not quoted");
				}
				StringBuilder value = new StringBuilder();
				at = equals + 2;
				while (true) {
					if (at >= line.length()) {
						throw new FormatException(number, "the value of label " + label + " is not closed");
					}
					char c = line.charAt(at++);
					if (c == '"') {
						break;
					}
					if (c == '\\') {
						if (at >= line.length()) {
							throw new FormatException(number, "an escape at the end of the line");
						}
						char escaped = line.charAt(at++);
						switch (escaped) {
							case '\\' -> value.append('\\');
							case '"' -> value.append('"');
							case 'n' -> value.append('\n');
							default -> throw new FormatException(number, "the escape \\" + escaped + " in a label value");
						}
					}
					else {
						value.append(c);
					}
				}
				if (labels.put(label, value.toString()) != null) {
					throw new FormatException(number, "the label " + label + " appears twice");
				}
				if (at < line.length() && line.charAt(at) == ',') {
					at++;
				}
				else if (at >= line.length() || line.charAt(at) != '}') {
					throw new FormatException(number, "labels are not separated by commas");
				}
			}
		}
		String rest = line.substring(at);
		if (!rest.startsWith(" ")) {
			throw new FormatException(number, "no value after " + name);
		}
		String[] fields = rest.strip().split("[ \t]+");
		if (fields.length == 2 && VALUE.matcher(fields[0]).matches() && fields[1].matches("-?[0-9]+")) {
			throw new FormatException(number, "a sample with a timestamp (the textfile collector rejects them)");
		}
		if (fields.length > 1) {
			throw new FormatException(number, "not a sample (a name, its labels and a number)");
		}
		if (!VALUE.matcher(fields[0]).matches()) {
			throw new FormatException(number, "\"" + fields[0] + "\" is not a number");
		}
		return new Sample(name, labels, fields[0]);
	}

	private static String unescape(String text, boolean quotes, int number) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (++i >= text.length()) {
				throw new FormatException(number, "an escape at the end of the line");
			}
			char escaped = text.charAt(i);
			switch (escaped) {
				case '\\' -> out.append('\\');
				case 'n' -> out.append('\n');
				default -> {
					if (quotes && escaped == '"') {
						out.append('"');
					}
					else {
						throw new FormatException(number, "the escape \\" + escaped);
					}
				}
			}
		}
		return out.toString();
	}

	/** The families as text: one HELP and one TYPE line each, then its samples; families without samples left out. */
	static String format(List<Family> families) {
		StringBuilder out = new StringBuilder();
		for (Family family : families) {
			if (family.samples().isEmpty()) {
				continue;
			}
			out.append("# HELP ").append(family.name()).append(' ').append(escape(family.help(), false)).append('\n');
			out.append("# TYPE ").append(family.name()).append(' ').append(family.type()).append('\n');
			for (Sample sample : family.samples()) {
				out.append(sample.name());
				if (!sample.labels().isEmpty()) {
					out.append('{');
					boolean first = true;
					for (Map.Entry<String, String> label : sample.labels().entrySet()) {
						out.append(first ? "" : ",").append(label.getKey()).append("=\"")
							.append(escape(label.getValue(), true)).append('"');
						first = false;
					}
					out.append('}');
				}
				out.append(' ').append(sample.value()).append('\n');
			}
		}
		return out.toString();
	}

	private static String escape(String text, boolean quotes) {
		String escaped = text.replace("\\", "\\\\").replace("\n", "\\n");
		return quotes ? escaped.replace("\"", "\\\"") : escaped;
	}

}
