package org.schoolstats.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.csv.TextEncoding;
import org.schoolstats.indicator.Totals;
import org.schoolstats.registry.Registry;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.Inbox;
import org.schoolstats.submission.Reason;
import org.schoolstats.submission.SubmissionFile;
import org.schoolstats.support.Published;
import org.schoolstats.work.WorkArea;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * Contract sections 2 and 3.5: after all files are read, every record is accepted, rejected or collapsed, the
 * figures add up per category and per file, and rejects (read rejects and conflicts) come out in one order.
 */
class ReconcileTaskletTest {

	@TempDir
	Path temp;

	private CheckedRows rows;

	private WorkArea work;

	private Registry registry;

	@BeforeEach
	void stageEnrollment() {
		Path inbox = this.temp.resolve("in");
		this.rows = new CheckedRows(inbox);
		this.registry = Registry.load(inbox);
		this.work = new WorkArea(this.temp.resolve("work"));
		int a = this.rows.file("enrollment/a.csv");
		int b = this.rows.file("enrollment/b.csv");
		int c = this.rows.file("enrollment/c.csv");
		List<SubmissionFile> files = new ArrayList<>();
		for (int i = 0; i <= c; i++) {
			files.add(new SubmissionFile(Category.ENROLLMENT, i, this.rows.path(i), "0".repeat(64), 10,
					TextEncoding.UTF_8, null));
		}
		WorkArea.writeJson(this.work.inboxListing(), new Inbox(files));
		// partition 0 reads a.csv and b.csv, partition 1 reads c.csv, which has a bad header
		stage(0, enrollment(a, 2, "S1", "primary", "10"), enrollment(a, 3, "S1", "junior", "4"),
				new Checked.Rejected(a, 4, "S2", Reason.INVALID_VALUE, "classes \"x\" is not a count"),
				enrollment(b, 2, "S1", "primary", "11"), enrollment(b, 3, "S1", "junior", "4"),
				enrollment(b, 4, "S3", "senior", "2"),
				new Checked.Rejected(b, 5, "S99", Reason.UNKNOWN_SCHOOL, "school_code \"S99\" is not in the registry"));
		stage(1, new Checked.Rejected(c, 1, "", Reason.BAD_HEADER, "the header lacks the column stage"));
	}

	private Checked.Accepted enrollment(int file, long line, String school, String stage, String classes) {
		return this.rows.accepted(Category.ENROLLMENT, file, line, school, stage, classes, "100", "90", "60", "55",
				"1", "2", "30", "25");
	}

	private void stage(int partition, Checked... items) {
		try {
			StagingWriter writer = new StagingWriter(this.work.partition(Category.ENROLLMENT.folder(), partition),
					Category.ENROLLMENT);
			ExecutionContext context = new ExecutionContext();
			writer.open(context);
			writer.write(new Chunk<>(List.of(List.of(items))));
			writer.update(context);
			writer.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private StepExecution reconcile() throws Exception {
		StepExecution step = MetaDataInstanceFactory.createStepExecution();
		new ReconcileTasklet(this.work, this.registry, WorkArea.readJson(this.work.inboxListing(), Inbox.class),
				Totals.recorder(this.registry, this.work, (totals) -> {
				}))
			.execute(new StepContribution(step),
				new ChunkContext(new StepContext(step)));
		return step;
	}

	private Reconciliation reconciliation() {
		return WorkArea.readJson(this.work.reconciliation(), Reconciliation.class);
	}

	@Test
	void everyRecordIsAcceptedRejectedOrCollapsedAndTheFiguresAddUp() throws Exception {
		reconcile();

		// read 7: a:2 a:3 a:4 b:2 b:3 b:4 b:5; accepted a:3 (b:3 collapses into it) and b:4;
		// rejected a:4 and b:5 by the row rules, a:2 and b:2 as a conflict; the bad header counts nowhere
		Reconciliation.Counts counts = reconciliation().counts(Category.ENROLLMENT);
		assertThat(counts).isEqualTo(new Reconciliation.Counts(7, 2, 4, 1));
		assertThat(reconciliation().counts(Category.TEACHER_TRAINING)).isEqualTo(new Reconciliation.Counts(0, 0, 0, 0));
		assertThat(reconciliation().counts(Category.SAFETY_INSPECTIONS))
			.isEqualTo(new Reconciliation.Counts(0, 0, 0, 0));
	}

	@Test
	void rowsReadAreCountedPerFileAndAFileThatIsNotReadHasNone() throws Exception {
		reconcile();

		assertThat(reconciliation().rowsReadPerFile().get(Category.ENROLLMENT)).containsExactly(3L, 4L, 0L);
	}

	@Test
	void rejectsOfRowRulesAndConflictsAreListedTogetherByFileThenLine() throws Exception {
		reconcile();

		List<Map<String, String>> rejects = Published.rows(this.work.rejects());
		assertThat(rejects).extracting((r) -> r.get("source_file") + ":" + r.get("line") + ":" + r.get("reason"))
			.containsExactly("enrollment/a.csv:2:DUPLICATE_CONFLICT", "enrollment/a.csv:4:INVALID_VALUE",
					"enrollment/b.csv:2:DUPLICATE_CONFLICT", "enrollment/b.csv:5:UNKNOWN_SCHOOL",
					"enrollment/c.csv:1:BAD_HEADER");
		assertThat(rejects).allSatisfy((r) -> assertThat(r.get("category")).isEqualTo("enrollment"));
		assertThat(reconciliation().rejectRows()).isEqualTo(5);
	}

	@Test
	void rejectedRecordsAreCountedPerRegistrySchool() throws Exception {
		reconcile();

		assertThat(reconciliation().rejectedAt("S1")).isEqualTo(2);
		assertThat(reconciliation().rejectedAt("S2")).isEqualTo(1);
		assertThat(reconciliation().rejectedAt("S3")).isZero();
		assertThat(reconciliation().rejectedPerSchool()).doesNotContainKey("S99").doesNotContainKey("");
	}

	@Test
	void acceptedRowsAreHandedOverOnceEachToBeAddedUp() throws Exception {
		reconcile();

		Totals totals = Totals.read(this.work);
		assertThat(totals.school("S1").enrollmentRows()).isEqualTo(1); // junior, its duplicate collapsed
		assertThat(totals.school("S2").enrollmentRows()).isZero();
		assertThat(totals.school("S3").enrollmentRows()).isEqualTo(1);
	}

	@Test
	void runTotalsAreKeptInTheJobExecutionContext() throws Exception {
		StepExecution step = reconcile();

		assertThat(RunFigures.of(step.getJobExecution().getExecutionContext())).isEqualTo(new RunFigures(7, 2, 4));
	}

	@Test
	void runningReconciliationAgainGivesTheSameResult() throws Exception {
		reconcile();
		byte[] rejects = Files.readAllBytes(this.work.rejects());
		Reconciliation first = reconciliation();

		reconcile();

		assertThat(Files.readAllBytes(this.work.rejects())).isEqualTo(rejects);
		assertThat(reconciliation().counts(Category.ENROLLMENT)).isEqualTo(first.counts(Category.ENROLLMENT));
		assertThat(reconciliation().rowsReadPerFile()).isEqualTo(first.rowsReadPerFile());
		assertThat(reconciliation().rejectedPerSchool()).isEqualTo(first.rejectedPerSchool());
	}

}
