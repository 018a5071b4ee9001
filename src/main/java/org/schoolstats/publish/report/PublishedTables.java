package org.schoolstats.publish.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.schoolstats.csv.CsvRecordReader;
import org.schoolstats.csv.CsvSyntaxException;
import org.schoolstats.csv.RawRecord;
import org.schoolstats.csv.TextEncoding;
import org.schoolstats.csv.TextFile;

/** Reads a published CSV file back, row by row, each row by column name: the report shows the printed cells. */
final class PublishedTables {

	private PublishedTables() {
	}

	/** Every data row of the file, in file order. */
	static List<Map<String, String>> rows(Path file) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		each(file, rows::add);
		return rows;
	}

	/** Hands every data row to the consumer, in file order, without keeping the file in memory. */
	static void each(Path file, Consumer<Map<String, String>> consumer) throws IOException {
		try (Reader reader = TextFile.open(file, TextEncoding.UTF_8);
				CsvRecordReader records = new CsvRecordReader(reader)) {
			RawRecord header = records.next();
			if (header == null) {
				return;
			}
			RawRecord record;
			while ((record = records.next()) != null) {
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.values()[i], i < record.size() ? record.values()[i] : "");
				}
				consumer.accept(row);
			}
		}
		catch (CsvSyntaxException ex) {
			// The file was written by this run a moment ago; it cannot be anything but CSV.
			throw new IllegalStateException(file + " cannot be read back as CSV", ex);
		}
	}

}
