package org.schoolstats.publish.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.schoolstats.csv.CsvSyntaxException;
import org.schoolstats.csv.CsvTable;

/** The tables this run has just published, read back: the report shows the printed cells. */
final class PublishedTables {

	private PublishedTables() {
	}

	/** Every data row of the file, in file order. */
	static List<Map<String, String>> rows(Path file) throws IOException {
		try {
			return CsvTable.rows(file);
		}
		catch (CsvSyntaxException ex) {
			throw notCsv(file, ex);
		}
	}

	/** Hands every data row to the consumer, in file order, without keeping the file in memory. */
	static void each(Path file, Consumer<Map<String, String>> consumer) throws IOException {
		try {
			CsvTable.each(file, consumer);
		}
		catch (CsvSyntaxException ex) {
			throw notCsv(file, ex);
		}
	}

	/** The file was written by this run a moment ago; it cannot be anything but CSV. */
	private static IllegalStateException notCsv(Path file, CsvSyntaxException ex) {
		return new IllegalStateException(file + " cannot be read back as CSV", ex);
	}

}
