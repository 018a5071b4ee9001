package org.schoolstats.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads published files back, as a downstream team would, for assertions: CSV files as rows by column name or as
 * lists of cells, the manifest as JSON, and hashes computed here rather than by the job. The one helper for this in
 * every kind of test (unit, whole-job and process-level).
 */
public final class Published {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The published CSV files of contract section 3 with their headers, in the order of the manifest's
	 * {@code outputs}: written out here, independently of the job, as a downstream team reads the contract.
	 */
	public static final Map<String, List<String>> HEADERS;

	static {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		headers.put("county_indicators.csv", List.of("county_code", "county_name", "schools_registered",
				"schools_complete", "submission_completeness_pct", "students_total", "students_female_pct",
				"students_preschool", "students_primary", "students_junior", "students_senior", "students_vocational",
				"classes", "avg_class_size", "new_entrants", "graduates", "dropouts", "dropout_rate_pct",
				"students_with_disabilities", "migrant_children", "full_time_teachers", "student_teacher_ratio",
				"training_records", "teachers_trained", "teachers_trained_pct", "training_hours",
				"training_hours_per_teacher", "training_national", "training_provincial", "training_municipal",
				"training_county", "training_school", "inspections", "schools_inspected", "inspection_coverage_pct",
				"hazards_found", "hazards_rectified", "major_hazards", "hazard_rectification_pct", "hazards_open",
				"rows_rejected"));
		headers.put("county_summaries.csv", List.of("county_code", "language", "summary"));
		headers.put("findings.csv", List.of("county_code", "school_code", "check", "detail"));
		headers.put("school_status.csv", List.of("school_code", "school_name", "county_code", "enrollment_rows",
				"training_rows", "inspection_rows", "rows_rejected", "complete"));
		headers.put("rejects.csv", List.of("category", "source_file", "line", "school_code", "reason", "detail"));
		headers.put("school_indicators.csv", List.of("school_code", "county_code", "students_total", "classes",
				"full_time_teachers", "student_teacher_ratio", "new_entrants", "graduates", "dropouts",
				"training_records", "teachers_trained", "training_hours", "inspections", "hazards_found",
				"hazards_rectified", "major_hazards"));
		headers.put("county_changes.csv", List.of("county_code", "indicator", "previous", "current", "change",
				"change_pct"));
		HEADERS = java.util.Collections.unmodifiableMap(headers);
	}

	/** The published CSV files, in the order of the manifest's {@code outputs}. */
	public static final List<String> CSV_FILES = List.copyOf(HEADERS.keySet());

	/** The page for people (section 3.9), listed in the manifest's {@code outputs} after the CSV files. */
	public static final String REPORT = "report.html";

	/** The files of the manifest's {@code outputs}, in its order: the CSV files, then the report. */
	public static final List<String> OUTPUTS = Stream.concat(CSV_FILES.stream(), Stream.of(REPORT)).toList();

	/** Every file of a publication: the outputs and the manifest, which is written last. */
	public static final List<String> FILES = Stream.concat(OUTPUTS.stream(), Stream.of("manifest.json")).toList();

	private Published() {
	}

	/**
	 * The data rows of a published CSV, each as column name to value, in file order; fails unless every row has one
	 * cell per column of the header.
	 */
	public static List<Map<String, String>> rows(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (record.size() != parser.getHeaderNames().size()) {
					throw new AssertionError(file + ", record " + (record.getRecordNumber() + 1) + ": " + record.size()
							+ " cells for the " + parser.getHeaderNames().size() + " columns of the header");
				}
				rows.add(new LinkedHashMap<>(record.toMap()));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The header of a published CSV. */
	public static List<String> header(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
			return parser.getHeaderNames();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every record of a published CSV, the header included, as lists of cells. */
	public static List<List<String>> records(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
			List<List<String>> records = new ArrayList<>();
			for (CSVRecord record : parser) {
				records.add(record.toList());
			}
			return records;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The data rows of a published CSV, without the header, as lists of cells. */
	public static List<List<String>> dataRows(Path file) {
		List<List<String>> records = records(file);
		return records.subList(1, records.size());
	}

	/** Each finding of a findings.csv as "county school check", in the file's order. */
	public static List<String> findingKeys(Path findings) {
		return dataRows(findings).stream().map((row) -> String.join(" ", row.subList(0, 3))).toList();
	}

	/** The data row whose first cell is the given key. */
	public static List<String> rowOf(Path file, String key) {
		return dataRows(file).stream()
			.filter((row) -> row.get(0).equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row " + key + " in " + file));
	}

	/** {@code rejects.csv} without the detail: "category | source_file | line | school_code | reason". */
	public static List<String> rejects(Path file) {
		return dataRows(file).stream().map((row) -> String.join(" | ", row.subList(0, 5))).toList();
	}

	/** The detail of the reject at this source file and line. */
	public static String rejectDetail(Path file, String sourceFile, int line) {
		return dataRows(file).stream()
			.filter((row) -> row.get(1).equals(sourceFile) && row.get(2).equals(Integer.toString(line)))
			.map((row) -> row.get(5))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No reject " + sourceFile + ":" + line + " in " + file));
	}

	/** A JSON file (the manifest) as a tree. */
	public static JsonNode json(Path file) {
		return JSON.readTree(file.toFile());
	}

	/** The SHA-256 of a file's bytes in lower-case hex, computed here rather than by the job. */
	public static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every regular file under a directory, by relative path ({@code /} separators), with its SHA-256: a byte-for-byte
	 * snapshot, to show later that nothing changed.
	 */
	public static Map<String, String> snapshot(Path directory) {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.filter(Files::isRegularFile)
				.forEach((path) -> files.put(directory.relativize(path).toString().replace('\\', '/'), sha256(path)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	public static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text of {@code report.html} with the completion time it shows (the manifest's {@code completed_at}, the
	 * only thing that differs between two runs of the same inbox) replaced by {@code TIME}; fails unless it shows one.
	 */
	public static String reportWithoutCompletionTime(Path report) {
		String text = text(report);
		String masked = text.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z", "TIME");
		if (masked.equals(text)) {
			throw new AssertionError(report + " shows no completion time");
		}
		return masked;
	}

	/** A manifest's text with the SHA-256 of {@code report.html}, which shows the completion time, replaced by SHA. */
	public static String withoutReportSha256(String manifest) {
		return manifest.replaceAll("(\"path\"\\s*:\\s*\"report\\.html\",\\s*\"sha256\"\\s*:\\s*)\"[0-9a-f]{64}\"",
				"$1SHA");
	}

	/** A file's text; fails if it is not valid UTF-8. */
	public static String text(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
