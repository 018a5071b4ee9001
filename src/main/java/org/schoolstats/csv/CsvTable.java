package org.schoolstats.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A UTF-8 CSV file with a header, such as a published table, read back row by row, each row by column name; a cell
 * that a short row lacks is empty.
 */
public final class CsvTable {

	private CsvTable() {
	}

	/** Every data row of the file, in file order. */
	public static List<Map<String, String>> rows(Path file) throws IOException, CsvSyntaxException {
		List<Map<String, String>> rows = new ArrayList<>();
		each(file, rows::add);
		return rows;
	}

	/** Hands every data row to the consumer, in file order, without keeping the file in memory. */
	public static void each(Path file, Consumer<Map<String, String>> consumer) throws IOException, CsvSyntaxException {
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
	}

}
