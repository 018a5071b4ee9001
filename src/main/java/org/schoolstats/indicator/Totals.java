package org.schoolstats.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.schoolstats.reconcile.AcceptedRows;
import org.schoolstats.reconcile.Reconciliation;
import org.schoolstats.registry.Registry;
import org.schoolstats.registry.School;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.EnrollmentRow;
import org.schoolstats.submission.InspectionRow;
import org.schoolstats.submission.SubmittedRow;
import org.schoolstats.submission.TrainingRow;
import org.schoolstats.work.WorkArea;

/**
 * What the accepted rows of a run add up to per registry school, with the distinct teachers who completed a
 * training per school and per county (section 3.1). Added up while reconciliation decides the rows, one part per
 * worker, and kept in the work area for the step that writes the tables.
 */
public final class Totals {

	/** The form kept in the work area. */
	record Saved(List<SchoolTotals> schools, Map<String, Long> trainedByCounty) {
	}

	private final Map<String, SchoolTotals> bySchool = new LinkedHashMap<>();

	private final Map<String, Long> trainedByCounty;

	private Totals(List<SchoolTotals> schools, Map<String, Long> trainedByCounty) {
		for (SchoolTotals school : schools) {
			this.bySchool.put(school.school().code(), school);
		}
		this.trainedByCounty = trainedByCounty;
	}

	/**
	 * Adds up the accepted rows as reconciliation hands them over, and keeps the result in the work area.
	 * @param kept told of the totals once they are in the work area
	 */
	public static AcceptedRows recorder(Registry registry, WorkArea work, Consumer<Totals> kept) {
		return new Recorder(registry, work, kept);
	}

	/** The totals the recorder kept in the work area. */
	public static Totals read(WorkArea work) {
		Saved saved = WorkArea.readJson(work.totals(), Saved.class);
		return new Totals(saved.schools(), saved.trainedByCounty());
	}

	public SchoolTotals school(String code) {
		return this.bySchool.get(code);
	}

	public Iterable<SchoolTotals> schools() {
		return this.bySchool.values();
	}

	/** Distinct teacher_id in the county with at least one completed row (section 3.1). */
	public long teachersTrained(String countyCode) {
		return this.trainedByCounty.get(countyCode);
	}

	/**
	 * What one worker added up: the schools it saw rows of, and the distinct teachers with a completed training.
	 * All rows of a teacher id are in one bucket, so teachers are counted bucket by bucket, exactly, and only one
	 * bucket's teachers are ever in memory.
	 */
	private static final class WorkerTotals implements AcceptedRows.Part {

		private final Registry registry;

		private final Map<String, SchoolTotals> schools = new HashMap<>();

		private final Map<String, Long> trainedByCounty = new HashMap<>();

		/**
		 * This bucket's teachers with a completed training, as (school, teacher) and (county, teacher): the first
		 * time a pair is seen counts it. Emptied after each bucket, keeping their room for the next one.
		 */
		private final Set<Pair> bucketSchoolTeachers = new HashSet<>();

		private final Set<Pair> bucketCountyTeachers = new HashSet<>();

		/** Rows come file by file, so mostly school by school: the last school is kept at hand. */
		private String lastCode;

		private SchoolTotals lastSchool;

		WorkerTotals(Registry registry) {
			this.registry = registry;
		}

		@Override
		public void add(Category category, Checked.Accepted row) {
			if (!row.schoolCode().equals(this.lastCode)) {
				this.lastCode = row.schoolCode();
				this.lastSchool = this.schools.computeIfAbsent(this.lastCode,
						(code) -> new SchoolTotals(this.registry.school(code)));
			}
			SchoolTotals school = this.lastSchool;
			SubmittedRow typed = category.row(row.values());
			if (typed instanceof EnrollmentRow enrollment) {
				school.add(enrollment);
			}
			else if (typed instanceof InspectionRow inspection) {
				school.add(inspection);
			}
			else if (typed instanceof TrainingRow training) {
				school.add(training);
				if (training.isCompleted()) {
					if (this.bucketSchoolTeachers.add(new Pair(row.schoolCode(), training.teacherId()))) {
						school.trainedTeachers++;
					}
					String county = school.school().countyCode();
					if (this.bucketCountyTeachers.add(new Pair(county, training.teacherId()))) {
						this.trainedByCounty.merge(county, 1L, Long::sum);
					}
				}
			}
		}

		@Override
		public void endOfBucket() {
			this.bucketSchoolTeachers.clear();
			this.bucketCountyTeachers.clear();
		}

		/** A school or county code with a teacher id. */
		private record Pair(String code, String teacherId) {
		}

	}

	private record Recorder(Registry registry, WorkArea work, Consumer<Totals> kept) implements AcceptedRows {

		@Override
		public AcceptedRows.Part newPart() {
			return new WorkerTotals(this.registry);
		}

		@Override
		public void finish(List<AcceptedRows.Part> parts, Reconciliation reconciliation) {
			Map<String, SchoolTotals> bySchool = new LinkedHashMap<>();
			for (School school : this.registry.schools()) {
				bySchool.put(school.code(), new SchoolTotals(school));
			}
			Map<String, Long> counts = new HashMap<>();
			this.registry.counties().forEach((county) -> counts.put(county.code(), 0L));
			for (AcceptedRows.Part part : parts) {
				WorkerTotals totals = (WorkerTotals) part;
				totals.schools.forEach((code, school) -> bySchool.get(code).add(school));
				totals.trainedByCounty.forEach((county, trained) -> counts.merge(county, trained, Long::sum));
			}
			for (SchoolTotals school : bySchool.values()) {
				school.rowsRejected = reconciliation.rejectedAt(school.school().code());
			}
			Saved saved = new Saved(new ArrayList<>(bySchool.values()), counts);
			WorkArea.writeJson(this.work.totals(), saved);
			this.kept.accept(new Totals(saved.schools(), saved.trainedByCounty()));
		}

	}

}
