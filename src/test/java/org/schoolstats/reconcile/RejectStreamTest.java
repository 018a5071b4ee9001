package org.schoolstats.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.Reason;

/** Contract section 3.5: rejects of a category come out by file, then line, whatever run they were staged in. */
class RejectStreamTest {

	@TempDir
	Path dir;

	private Path run(String name, long[]... fileAndLine) throws IOException {
		Path file = this.dir.resolve(name);
		try (OutputStream raw = Files.newOutputStream(file); StagedOutput out = StagedOutput.to(raw)) {
			for (long[] at : fileAndLine) {
				StagedRecords.write(out, new Checked.Rejected((int) at[0], at[1], "S1", Reason.INVALID_VALUE,
						"at " + at[0] + ":" + at[1]));
			}
		}
		return file;
	}

	private static long[] at(long file, long line) {
		return new long[] { file, line };
	}

	private static List<String> drain(RejectStream stream) throws IOException {
		List<String> order = new ArrayList<>();
		Checked.Rejected reject;
		while ((reject = stream.next()) != null) {
			order.add(reject.fileIndex() + ":" + reject.line());
		}
		return order;
	}

	@Test
	void mergesOrderedRunsIntoFileThenLineOrder() throws IOException {
		// partition rejects: two partition files read one after the other, files 0-1 then 2-3
		List<Path> partitions = List.of(run("p0", at(0, 2), at(0, 9), at(1, 3)), run("p1", at(2, 5), at(3, 1)));
		// conflicts of two buckets, each in processing order on its own
		List<Path> bucket0 = List.of(run("c0", at(0, 4), at(2, 1), at(3, 7)));
		List<Path> bucket1 = List.of(run("c1", at(0, 3), at(1, 2), at(1, 100)));

		try (RejectStream stream = new RejectStream(List.of(partitions, bucket0, bucket1))) {
			assertThat(drain(stream)).containsExactly("0:2", "0:3", "0:4", "0:9", "1:2", "1:3", "1:100", "2:1",
					"2:5", "3:1", "3:7");
		}
	}

	@Test
	void fileIndexOrdersBeforeLine() throws IOException {
		List<Path> one = List.of(run("a", at(1, 1)));
		List<Path> two = List.of(run("b", at(0, 500)));

		try (RejectStream stream = new RejectStream(List.of(one, two))) {
			assertThat(drain(stream)).containsExactly("0:500", "1:1");
		}
	}

	@Test
	void missingAndEmptyRunFilesYieldNothing() throws IOException {
		List<Path> missing = List.of(this.dir.resolve("never-written"));
		List<Path> empty = List.of(run("empty"));
		List<Path> some = List.of(this.dir.resolve("gone"), run("some", at(0, 1)), run("more", at(0, 2)));

		try (RejectStream stream = new RejectStream(List.of(missing, empty, some))) {
			assertThat(drain(stream)).containsExactly("0:1", "0:2");
		}
		try (RejectStream stream = new RejectStream(List.of())) {
			assertThat(stream.next()).isNull();
		}
	}

}
