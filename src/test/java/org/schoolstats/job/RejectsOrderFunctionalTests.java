package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;

import tools.jackson.databind.JsonNode;

/** Contract section 3.5: rejects.csv by category, then source_file by UTF-8 bytes, then the physical start line. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectsOrderFunctionalTests extends JobFunctionalTestSupport {

	/**
	 * Whole-path byte order. Comparing part by part would put a/z.csv before a-b.csv; String.compareTo would put
	 * the emoji (a surrogate pair, U+D83D...) before the full-width Ａ (U+FF21), while UTF-8 puts EF BC A1 before
	 * F0 9F 98 80.
	 */
	private static final List<String> ENROLLMENT_FILES = List.of("enrollment/Z.csv", "enrollment/a-b.csv",
			"enrollment/a.csv", "enrollment/a/z.csv", "enrollment/b.csv", "enrollment/中文.csv", "enrollment/\uFF21.csv",
			"enrollment/\uD83D\uDE00.csv");

	/** Each file: a record over three lines (2-4), rejects on lines 5, 7 (over two lines) and 10. */
	private static final String TRAINING = "S1,X1,P1,\"Reading\nand\nwriting\",county,2024-03-01,2024-03-02,12,completed\n"
			+ "S1,X2,P1,Reading,county,2024-03-01,2024-03-02,12,done\n" + "\n"
			+ "S1,X3,P1,\"Two\nlines\",county,2024-03-01,2024-03-02,12,finished\n"
			+ "S1,X4,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n"
			+ "S1,X5,P1,Reading,county,2024-03-01,2024-03-02,12,nope\n";

	@TempDir
	static Path temp;

	private Launched launched;

	@BeforeAll
	void runTheJob() throws Exception {
		TestInbox inbox = TestInbox.in(temp.resolve("in"));
		for (String file : List.of("enrollment/中文.csv", "enrollment/b.csv", "enrollment/\uD83D\uDE00.csv",
				"enrollment/a/z.csv", "enrollment/a.csv", "enrollment/\uFF21.csv", "enrollment/a-b.csv",
				"enrollment/Z.csv")) {
			inbox.file(file, TestInbox.ENROLLMENT_HEADER + "S1,x,10,200,190,60,55,1,2,30,25\n");
		}
		String lf = TestInbox.TRAINING_HEADER + TRAINING;
		inbox.file("teacher_training/multi.csv", lf.replace("X", "L"))
			.file("teacher_training/crlf.csv", lf.replace("X", "W").replace("\n", "\r\n"))
			.file("teacher_training/cr.csv", lf.replace("X", "M").replace("\n", "\r"))
			// text after the closing quote of a value that began on the line before: the record starts on line 2
			.training("span-error.csv", "S1,Y1,P1,\"Multi\nline\" ,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("a.csv", "S2,I1,2024-04-01,fire,3,2,0,Li\n" // 2 conflicts with line 4
					+ "S2,I2,2024-04-01,fyre,3,2,0,Li\n" // 3 not a category
					+ "S2,I1,2024-04-01,fire,4,2,0,Li\n" // 4
					+ "S2,I3,2024-04-01,fire,1,1,0,Li\n"); // 5 accepted
		this.launched = run(inbox.path(), temp.resolve("out"), "2024", "100");
		assertThat(this.launched.status()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void rejectsAreOrderedByCategoryThenSourceFileBytesThenLine() {
		List<String> expected = new ArrayList<>();
		for (String file : ENROLLMENT_FILES) {
			expected.add("enrollment | " + file + " | 2 | S1 | INVALID_VALUE");
		}
		for (String file : List.of("teacher_training/cr.csv", "teacher_training/crlf.csv",
				"teacher_training/multi.csv")) {
			for (int line : new int[] { 5, 7, 10 }) {
				expected.add("teacher_training | " + file + " | " + line + " | S1 | INVALID_VALUE");
			}
		}
		expected.add("teacher_training | teacher_training/span-error.csv | 2 |  | MALFORMED_ROW");
		expected.add("safety_inspections | safety_inspections/a.csv | 2 | S2 | DUPLICATE_CONFLICT");
		expected.add("safety_inspections | safety_inspections/a.csv | 3 | S2 | INVALID_VALUE");
		expected.add("safety_inspections | safety_inspections/a.csv | 4 | S2 | DUPLICATE_CONFLICT");
		assertThat(Published.rejects(this.launched.file("rejects.csv"))).containsExactlyElementsOf(expected);
	}

	@Test
	void recordsSpanningLinesAreAcceptedWhateverTheLineEnds() {
		// X1 and X4 of each of the three files
		assertThat(Published.rowOf(this.launched.file("school_status.csv"), "S1").get(4)).isEqualTo("6");
	}

	@Test
	void manifestListsTheInputsInProcessingOrder() {
		List<String> paths = new ArrayList<>();
		for (JsonNode input : Published.json(this.launched.file("manifest.json")).get("inputs")) {
			paths.add(input.get("path").asString());
		}
		List<String> expected = new ArrayList<>(List.of("schools.csv"));
		expected.addAll(ENROLLMENT_FILES);
		expected.addAll(List.of("teacher_training/cr.csv", "teacher_training/crlf.csv", "teacher_training/multi.csv",
				"teacher_training/span-error.csv", "safety_inspections/a.csv"));
		assertThat(paths).containsExactlyElementsOf(expected);
	}

}
