package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.SchoolStatsJar;
import org.schoolstats.support.TestInbox;

import tools.jackson.databind.JsonNode;

/** Contract section 2 (packaged jar, small heap): records with megabyte values are all accounted for, one in memory at a time. */
class BoundedMemoryIT {

	private static final int TWO_MEGABYTES = 2 * 1024 * 1024;

	/** Far more than the program needs for a small inbox, far less than the huge values together. */
	private static final List<String> SMALL_HEAP = List.of("-Xmx128m", "-XX:TieredStopAtLevel=1");

	@TempDir
	Path temp;

	@Test
	void manyRecordsWithTwoMegabyteValuesAreAllAccountedForInASmallHeap() throws IOException {
		Path input = TestInbox.in(this.temp.resolve("in")).path();
		String huge = "x".repeat(TWO_MEGABYTES);
		// 60 teachers with a 2 MB programme name each, and one more record of T0 whose name differs in its last
		// character only: a conflict that must still be seen.
		writeRows(input.resolve("teacher_training/huge.csv"), TestInbox.TRAINING_HEADER, 61, (i) -> i < 60
				? "S1,T" + i + ",P1," + huge + ",county,2024-03-01,2024-03-02,12,completed\n"
				: "S1,T0,P1," + huge + "y,county,2024-03-01,2024-03-02,12,completed\n");
		// Counts of 2 MB: invalid, and quoted in rejects.csv with 100 characters at most.
		writeRows(input.resolve("enrollment/huge.csv"), TestInbox.ENROLLMENT_HEADER, 10,
				(i) -> "S2,primary," + "1".repeat(TWO_MEGABYTES) + ",200,190,60,55,1,2,30,25\n");

		SchoolStatsJar.Result result = SchoolStatsJar.run(this.temp.resolve("work"), SMALL_HEAP, Map.of(), "run",
				"--input", input.toString(), "--output", this.temp.resolve("out").toString(), "--period", "2024",
				"--max-reject-pct", "100");

		assertThat(result.exitCode()).as(result.output()).isZero();
		JsonNode categories = Published.json(this.temp.resolve("out/2024/manifest.json")).get("categories");
		assertThat(figures(categories.get("teacher_training"))).containsExactly(61L, 59L, 2L, 0L);
		assertThat(figures(categories.get("enrollment"))).containsExactly(10L, 0L, 10L, 0L);
		assertThat(Files.size(this.temp.resolve("out/2024/rejects.csv"))).isLessThan(12 * 1024);
	}

	private static List<Long> figures(JsonNode category) {
		return List.of(category.get("rows_read").asLong(), category.get("rows_accepted").asLong(),
				category.get("rows_rejected").asLong(), category.get("duplicates_collapsed").asLong());
	}

	private static void writeRows(Path file, String header, int rows, java.util.function.IntFunction<String> row)
			throws IOException {
		Files.createDirectories(file.getParent());
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(header);
			for (int i = 0; i < rows; i++) {
				out.write(row.apply(i));
			}
		}
	}

}
