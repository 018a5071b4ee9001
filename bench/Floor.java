import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor of the benchmark: read every CSV file of an inbox once with Commons CSV and touch every record,
 * nothing else. Run as a single-file program: java -cp commons-csv.jar bench/Floor.java INBOX
 */
public class Floor {

	public static void main(String[] args) throws Exception {
		long started = System.nanoTime();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(Path.of(args[0]).toRealPath())) {
			files = walk.filter(Files::isRegularFile).filter((p) -> p.toString().endsWith(".csv")).sorted().toList();
		}
		long records = 0;
		long characters = 0;
		for (Path file : files) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
					CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
				for (CSVRecord record : parser) {
					records++;
					characters += record.get(0).length();
				}
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("floor: %d files, %d records (%d chars in first cells) in %.2f s%n", files.size(), records,
				characters, seconds);
	}

}
