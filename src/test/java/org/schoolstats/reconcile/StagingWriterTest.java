package org.schoolstats.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.Reason;
import org.schoolstats.work.WorkAreaException;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

/**
 * Contract sections 2 and 4: staging is idempotent on restart, so a resumed run never loses or double-counts a
 * record, and records that may be duplicates of each other are staged together.
 */
class StagingWriterTest {

	@TempDir
	Path work;

	private Path dir() {
		return this.work.resolve("enrollment").resolve("p0");
	}

	private static Checked.Accepted row(String school, long line) {
		return new Checked.Accepted(0, line, new String[] { school, "primary", "10", "200", "190", "60", "55", "1",
				"2", "30", "25" });
	}

	private static Checked.Rejected reject(long line) {
		return new Checked.Rejected(0, line, "S9", Reason.UNKNOWN_SCHOOL, "not in the registry");
	}

	private static Chunk<List<Checked>> chunk(Checked... items) {
		return new Chunk<>(List.of(List.of(items)));
	}

	private Map<String, Long> sizes() throws IOException {
		Map<String, Long> sizes = new HashMap<>();
		try (Stream<Path> files = Files.list(dir())) {
			for (Path file : files.toList()) {
				sizes.put(file.getFileName().toString(), Files.size(file));
			}
		}
		return sizes;
	}

	/** Every staged record as "school:line" (accepted) or "reject:line", bucket by bucket, then the rejects. */
	private List<String> staged() throws IOException {
		List<String> staged = new ArrayList<>();
		for (int bucket = 0; bucket < StagingWriter.BUCKETS; bucket++) {
			for (Checked.Accepted row : accepted(StagingWriter.bucket(dir(), bucket))) {
				staged.add(row.schoolCode() + ":" + row.line());
			}
		}
		Path rejects = StagingWriter.rejects(dir());
		if (Files.exists(rejects)) {
			try (InputStream raw = Files.newInputStream(rejects);
					StagedInput in = StagedInput.from(raw)) {
				Checked.Rejected reject;
				while ((reject = StagedRecords.readRejected(in)) != null) {
					staged.add("reject:" + reject.line());
				}
			}
		}
		return staged;
	}

	private static List<Checked.Accepted> accepted(Path bucket) throws IOException {
		List<Checked.Accepted> rows = new ArrayList<>();
		if (!Files.exists(bucket)) {
			return rows;
		}
		try (InputStream raw = Files.newInputStream(bucket);
				StagedInput in = StagedInput.from(raw)) {
			Checked.Accepted row;
			while ((row = StagedRecords.readAccepted(in)) != null) {
				rows.add(row);
			}
		}
		return rows;
	}

	@Test
	void aFreshOpenClearsWhatAnAttemptThatNeverCommittedLeftBehind() throws IOException {
		Files.createDirectories(dir());
		Files.write(StagingWriter.bucket(dir(), StagingWriter.bucketOf(Category.ENROLLMENT, row("S1", 0).values())), new byte[] { 1, 2, 3 });
		Files.write(StagingWriter.rejects(dir()), new byte[] { 4, 5 });
		Files.writeString(dir().resolve("stray.tmp"), "left over", StandardCharsets.UTF_8);

		StagingWriter writer = new StagingWriter(dir(), Category.ENROLLMENT);
		writer.open(new ExecutionContext());

		assertThat(dir()).isEmptyDirectory();
		writer.write(chunk(row("S1", 2), reject(3)));
		writer.update(new ExecutionContext());
		writer.close();
		assertThat(staged()).containsExactlyInAnyOrder("S1:2", "reject:3");
	}

	@Test
	void updateSavesTheLengthOfEveryFileSoThatReopeningCutsEachBackToIt() throws Exception {
		StagingWriter first = new StagingWriter(dir(), Category.ENROLLMENT);
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		first.write(chunk(row("S1", 2), row("S2", 3), reject(4)));
		first.update(context);
		ExecutionContext committed = new ExecutionContext(context);
		Map<String, Long> atCommit = sizes();
		assertThat(atCommit.values()).as("update() flushes what was written").allSatisfy((size) -> assertThat(size).isPositive());
		// written after the last commit, then the process dies (close flushes, as a crash after a flush would)
		first.write(chunk(row("S1", 5), row("S3", 6), row("Q7", 7), reject(8)));
		first.close();
		assertThat(sizes()).isNotEqualTo(atCommit);

		StagingWriter second = new StagingWriter(dir(), Category.ENROLLMENT);
		second.open(committed);

		Map<String, Long> afterReopen = sizes();
		afterReopen.forEach((name, size) -> assertThat(size).as(name).isEqualTo(atCommit.getOrDefault(name, 0L)));
		assertThat(afterReopen.keySet()).containsAll(atCommit.keySet());
		second.close();
	}

	@Test
	void aChunkWrittenAfterTheLastCommitIsWrittenAgainButNeverTwice() throws Exception {
		Chunk<List<Checked>> committedChunk = chunk(row("S1", 2), row("S2", 3), reject(4));
		Chunk<List<Checked>> lostChunk = chunk(row("S1", 5), row("S3", 6), reject(7));
		StagingWriter first = new StagingWriter(dir(), Category.ENROLLMENT);
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		first.write(committedChunk);
		first.update(context);
		ExecutionContext committed = new ExecutionContext(context);
		first.write(lostChunk);
		first.close();

		StagingWriter second = new StagingWriter(dir(), Category.ENROLLMENT);
		second.open(committed);
		second.write(lostChunk);
		second.write(chunk(row("S2", 8)));
		second.update(committed);
		second.close();

		assertThat(staged()).containsExactlyInAnyOrder("S1:2", "S2:3", "reject:4", "S1:5", "S3:6", "reject:7",
				"S2:8");
	}

	@Test
	void restartingTwiceFromTheSameCheckpointStillStagesEachRecordOnce() throws Exception {
		StagingWriter first = new StagingWriter(dir(), Category.ENROLLMENT);
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		first.write(chunk(row("S1", 2)));
		first.update(context);
		ExecutionContext committed = new ExecutionContext(context);
		first.write(chunk(row("S1", 3)));
		first.close();
		for (int attempt = 0; attempt < 2; attempt++) {
			StagingWriter again = new StagingWriter(dir(), Category.ENROLLMENT);
			again.open(new ExecutionContext(committed));
			again.write(chunk(row("S1", 3), reject(4)));
			again.close(); // dies again before its commit
		}

		StagingWriter last = new StagingWriter(dir(), Category.ENROLLMENT);
		last.open(new ExecutionContext(committed));
		last.write(chunk(row("S1", 3), reject(4)));
		last.update(committed);
		last.close();

		assertThat(staged()).containsExactly("S1:2", "S1:3", "reject:4");
	}

	@Test
	void aFileShorterThanItsSavedLengthFailsTheRestartAndSaysToUseForce() throws Exception {
		StagingWriter first = new StagingWriter(dir(), Category.ENROLLMENT);
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		first.write(chunk(row("S1", 2), row("S1", 3)));
		first.update(context);
		first.close();
		Path bucket = StagingWriter.bucket(dir(), StagingWriter.bucketOf(Category.ENROLLMENT, row("S1", 0).values()));
		try (FileChannel channel = FileChannel.open(bucket, StandardOpenOption.WRITE)) {
			channel.truncate(Files.size(bucket) - 1);
		}

		StagingWriter second = new StagingWriter(dir(), Category.ENROLLMENT);
		assertThatThrownBy(() -> second.open(new ExecutionContext(context)))
			.isInstanceOfAny(WorkAreaException.class, ItemStreamException.class)
			.satisfies((ex) -> assertThat(rootOrSelf(ex)).isInstanceOf(WorkAreaException.class))
			.satisfies((ex) -> assertThat(rootOrSelf(ex).getMessage()).contains("--force"));
	}

	@Test
	void aMissingFileWithASavedLengthFailsTheRestartAndSaysToUseForce() throws Exception {
		StagingWriter first = new StagingWriter(dir(), Category.ENROLLMENT);
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		first.write(chunk(reject(2)));
		first.update(context);
		first.close();
		Files.delete(StagingWriter.rejects(dir()));

		StagingWriter second = new StagingWriter(dir(), Category.ENROLLMENT);
		assertThatThrownBy(() -> second.open(new ExecutionContext(context)))
			.satisfies((ex) -> assertThat(rootOrSelf(ex)).isInstanceOf(WorkAreaException.class))
			.satisfies((ex) -> assertThat(rootOrSelf(ex).getMessage()).contains("--force"));
	}

	private static Throwable rootOrSelf(Throwable ex) {
		Throwable at = ex;
		while (!(at instanceof WorkAreaException) && at.getCause() != null) {
			at = at.getCause();
		}
		return at;
	}

	@Test
	void recordsWithTheSameNaturalKeyAlwaysGoToTheSameBucket() throws Exception {
		List<String> schools = List.of("S1", "S2", "S3", "s1", "A-1", "B_2", "Z9", "school-0001", "school-0002");
		StagingWriter writer = new StagingWriter(dir(), Category.ENROLLMENT);
		ExecutionContext context = new ExecutionContext();
		writer.open(context);
		long line = 1;
		for (int round = 0; round < 3; round++) {
			List<Checked> items = new ArrayList<>();
			for (String school : schools) {
				items.add(row(school, ++line));
			}
			writer.write(new Chunk<>(List.of(items)));
			writer.update(context);
		}
		writer.close();
		// and again after a restart, in another writer
		StagingWriter restarted = new StagingWriter(dir(), Category.ENROLLMENT);
		restarted.open(new ExecutionContext(context));
		for (String school : schools) {
			restarted.write(chunk(row(school, ++line)));
		}
		restarted.update(context);
		restarted.close();

		for (String school : schools) {
			int home = StagingWriter.bucketOf(Category.ENROLLMENT, row(school, 0).values());
			for (int bucket = 0; bucket < StagingWriter.BUCKETS; bucket++) {
				long count = accepted(StagingWriter.bucket(dir(), bucket)).stream()
					.filter((row) -> row.schoolCode().equals(school))
					.count();
				assertThat(count).as("rows of %s in bucket %d", school, bucket).isEqualTo(bucket == home ? 4 : 0);
			}
		}
	}

	@Test
	void everyTrainingOfOneTeacherIsStagedInOneBucketWhateverTheSchoolOrProgramme() {
		int home = StagingWriter.bucketOf(Category.TEACHER_TRAINING, training("S1", "T1", "P1", "2024-03-01"));
		assertThat(StagingWriter.bucketOf(Category.TEACHER_TRAINING, training("S2", "T1", "P9", "2024-05-07")))
			.isEqualTo(home);
		int others = 0;
		for (int teacher = 2; teacher < 200; teacher++) {
			if (StagingWriter.bucketOf(Category.TEACHER_TRAINING,
					training("S1", "T" + teacher, "P1", "2024-03-01")) != home) {
				others++;
			}
		}
		assertThat(others).as("teachers are spread over the buckets").isGreaterThan(190);
	}

	private static String[] training(String school, String teacher, String program, String start) {
		return new String[] { school, teacher, program, "", "county", start, start, "2.5", "completed" };
	}

}
