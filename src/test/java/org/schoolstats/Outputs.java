package org.schoolstats;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a run's published files back for the whole-job tests, computing hashes independently of the job. */
final class Outputs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Outputs() {
	}

	/** Every record of a published CSV, the header included, as lists of cells. */
	static List<List<String>> records(Path file) {
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

	/** The data rows of a published CSV, without the header. */
	static List<List<String>> dataRows(Path file) {
		List<List<String>> records = records(file);
		return records.subList(1, records.size());
	}

	/** The data row whose first cell is the given key. */
	static List<String> rowOf(Path file, String key) {
		return dataRows(file).stream()
			.filter((row) -> row.get(0).equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row " + key + " in " + file));
	}

	/** {@code rejects.csv} without the detail: "category | source_file | line | school_code | reason". */
	static List<String> rejects(Path file) {
		return dataRows(file).stream().map((row) -> String.join(" | ", row.subList(0, 5))).toList();
	}

	/** The detail of the reject at this source file and line. */
	static String rejectDetail(Path file, String sourceFile, int line) {
		return dataRows(file).stream()
			.filter((row) -> row.get(1).equals(sourceFile) && row.get(2).equals(Integer.toString(line)))
			.map((row) -> row.get(5))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No reject " + sourceFile + ":" + line + " in " + file));
	}

	static JsonNode json(Path file) {
		return JSON.readTree(file.toFile());
	}

	/** The SHA-256 of a file's bytes in lower-case hex, computed here rather than by the job. */
	static String sha256(Path file) {
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

	/** Every regular file under a directory, by relative path, with its SHA-256: a byte-for-byte snapshot. */
	static Map<String, String> snapshot(Path directory) {
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

	static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(Path file) {
		return new String(bytes(file), StandardCharsets.UTF_8);
	}

}
