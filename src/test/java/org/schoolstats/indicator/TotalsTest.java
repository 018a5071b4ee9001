package org.schoolstats.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.reconcile.AcceptedRows;
import org.schoolstats.reconcile.Reconciliation;
import org.schoolstats.reconcile.StagingWriter;
import org.schoolstats.registry.Registry;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.support.TestInbox;
import org.schoolstats.work.WorkArea;
import org.schoolstats.work.WorkAreaException;

/** Contract sections 3.1 and 3.3: what the accepted rows of each registry school add up to. */
class TotalsTest {

	@TempDir
	Path temp;

	private Registry registry;

	private WorkArea work;

	@BeforeEach
	void registry() {
		Path inbox = this.temp.resolve("in");
		TestInbox.in(inbox); // C1: S1, S2; C2: S3
		this.registry = Registry.load(inbox);
		this.work = new WorkArea(this.temp.resolve("work"));
	}

	private final List<Object[]> handedOver = new ArrayList<>();

	/** Rows as reconciliation hands them over after deciding them. */
	private void accepted(Category category, String[]... rows) {
		long line = 1;
		for (String[] values : rows) {
			this.handedOver.add(new Object[] { category, new Checked.Accepted(0, ++line, values) });
		}
	}

	private static String[] training(String school, String teacher, String program, String result) {
		return new String[] { school, teacher, program, "", "county", "2024-03-01", "2024-03-02", "2.5", result };
	}

	/** The totals the recorder handed on when it finished. */
	private Totals kept;

	/**
	 * Rows go to two workers bucket by bucket, as reconciliation hands them over: a bucket whole to one worker,
	 * ended with {@code endOfBucket}; then the parts are put together.
	 */
	private Totals collect(Map<String, Long> rejectedPerSchool) throws Exception {
		AcceptedRows recorder = Totals.recorder(this.registry, this.work, (totals) -> this.kept = totals);
		List<AcceptedRows.Part> parts = List.of(recorder.newPart(), recorder.newPart());
		Map<String, List<Object[]>> buckets = new java.util.TreeMap<>();
		for (Object[] row : this.handedOver) {
			Category category = (Category) row[0];
			int bucket = StagingWriter.bucketOf(category, ((Checked.Accepted) row[1]).values());
			buckets.computeIfAbsent(category + "/" + bucket, (key) -> new ArrayList<>()).add(row);
		}
		int turn = 0;
		for (List<Object[]> bucket : buckets.values()) {
			AcceptedRows.Part part = parts.get(turn++ % 2);
			for (Object[] row : bucket) {
				part.add((Category) row[0], (Checked.Accepted) row[1]);
			}
			part.endOfBucket();
		}
		recorder.finish(parts, new Reconciliation(Map.of(), Map.of(), rejectedPerSchool, 0));
		return Totals.read(this.work);
	}

	@Test
	void totalsHandedOnInTheProcessAreTheOnesAResumedRunReadsFromTheWorkArea() throws Exception {
		accepted(Category.ENROLLMENT, new String[] { "S1", "primary", "10", "200", "190", "60", "55", "1", "2", "30",
				"25" });
		accepted(Category.TEACHER_TRAINING, training("S1", "T1", "P1", "completed"),
				training("S2", "T4", "P1", "completed"));
		accepted(Category.SAFETY_INSPECTIONS);

		Totals read = collect(Map.of("S2", 3L));

		assertThat(this.kept).isNotNull().usingRecursiveComparison().isEqualTo(read);
		assertThat(this.kept.school("S2").rowsRejected).isEqualTo(3);
	}

	@Test
	void teachersTrainedAreDistinctTeacherIdsWithACompletedRowPerSchoolAndPerCounty() throws Exception {
		accepted(Category.ENROLLMENT);
		accepted(Category.TEACHER_TRAINING, training("S1", "T1", "P1", "completed"),
				training("S1", "T1", "P2", "completed"), training("S1", "T2", "P1", "in_progress"),
				training("S1", "T3", "P1", "not_completed"), training("S2", "T1", "P1", "completed"),
				training("S2", "T4", "P1", "completed"), training("S3", "T5", "P1", "completed"));
		accepted(Category.SAFETY_INSPECTIONS);

		Totals totals = collect(Map.of());

		assertThat(totals.school("S1").trainedTeachers).isEqualTo(1);
		assertThat(totals.school("S2").trainedTeachers).isEqualTo(2);
		assertThat(totals.school("S3").trainedTeachers).isEqualTo(1);
		assertThat(totals.teachersTrained("C1")).isEqualTo(2); // T1 and T4
		assertThat(totals.teachersTrained("C2")).isEqualTo(1);
		assertThat(totals.school("S1").trainingRows()).isEqualTo(4);
		assertThat(totals.school("S1").completedTrainings).isEqualTo(2);
		assertThat(totals.school("S1").completedHoursHundredths).isEqualTo(500);
	}

	@Test
	void everyRegistrySchoolHasTotalsEvenWithoutAcceptedRows() throws Exception {
		accepted(Category.ENROLLMENT, new String[] { "S1", "primary", "10", "200", "190", "60", "55", "1", "2", "30",
				"25" });
		accepted(Category.TEACHER_TRAINING);
		accepted(Category.SAFETY_INSPECTIONS,
				new String[] { "S3", "I1", "2024-04-01", "fire", "3", "2", "1", "" });

		Totals totals = collect(Map.of("S2", 4L));

		assertThat(totals.schools()).extracting((school) -> school.school().code()).containsExactly("S1", "S2", "S3");
		assertThat(totals.school("S1").enrollmentRows()).isEqualTo(1);
		assertThat(totals.school("S1").students()).isEqualTo(390);
		assertThat(totals.school("S2").hasAcceptedRows()).isFalse();
		assertThat(totals.school("S2").rowsRejected()).isEqualTo(4);
		assertThat(totals.school("S3").inspectionRows()).isEqualTo(1);
		assertThat(totals.school("S3").hazardsFound).isEqualTo(3);
		assertThat(totals.teachersTrained("C1")).isZero();
	}

	@Test
	void aMissingWorkFileFailsAndSaysToUseForce() {
		assertThatThrownBy(() -> Totals.read(this.work)).isInstanceOf(WorkAreaException.class)
			.hasMessageContaining("--force");
	}

}
