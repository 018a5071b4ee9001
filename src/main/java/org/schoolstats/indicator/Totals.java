package org.schoolstats.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.schoolstats.WorkArea;
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

	/** Adds up the accepted rows as reconciliation hands them over, and keeps the result in the work area. */
	public static AcceptedRows recorder(Registry registry, WorkArea work) {
		return new Recorder(registry, work);
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

	/** What one worker added up: the schools it saw rows of, and their teachers with a completed training. */
	private static final class WorkerTotals implements AcceptedRows.Part {

		private final Registry registry;

		private final Map<String, SchoolTotals> schools = new HashMap<>();

		/**
		 * Per school, the teachers with a completed training as they come (a list, not a set: several times
		 * smaller in memory; duplicates are removed when the parts are put together).
		 */
		private final Map<String, List<String>> trained = new HashMap<>();

		/** Rows come file by file, so mostly school by school: the last school is kept at hand. */
		private String lastCode;

		private SchoolTotals lastSchool;

		private List<String> lastTrained;

		/** A teacher's trainings usually follow one another: the last one added need not be added again. */
		private String lastTeacher;

		WorkerTotals(Registry registry) {
			this.registry = registry;
		}

		@Override
		public void add(Category category, Checked.Accepted row) {
			if (!row.schoolCode().equals(this.lastCode)) {
				this.lastCode = row.schoolCode();
				this.lastSchool = this.schools.computeIfAbsent(this.lastCode,
						(code) -> new SchoolTotals(this.registry.school(code)));
				this.lastTrained = this.trained.computeIfAbsent(this.lastCode, (code) -> new ArrayList<>());
				this.lastTeacher = null;
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
				if (training.isCompleted() && !training.teacherId().equals(this.lastTeacher)) {
					this.lastTrained.add(training.teacherId());
					this.lastTeacher = training.teacherId();
				}
			}
		}

	}

	private static List<String> distinct(List<String> values) {
		List<String> sorted = new ArrayList<>(values);
		sorted.sort(null);
		List<String> distinct = new ArrayList<>(sorted.size());
		for (String value : sorted) {
			if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(value)) {
				distinct.add(value);
			}
		}
		return distinct;
	}

	private record Recorder(Registry registry, WorkArea work) implements AcceptedRows {

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
			for (AcceptedRows.Part part : parts) {
				((WorkerTotals) part).schools.forEach((code, school) -> bySchool.get(code).add(school));
			}
			// Distinct teachers per school, then per county: the lists of all parts, sorted, duplicates counted once.
			Map<String, List<String>> trainedByCounty = new HashMap<>();
			for (SchoolTotals school : bySchool.values()) {
				String code = school.school().code();
				List<String> teachers = new ArrayList<>();
				for (AcceptedRows.Part part : parts) {
					teachers.addAll(((WorkerTotals) part).trained.getOrDefault(code, List.of()));
				}
				List<String> distinct = distinct(teachers);
				school.rowsRejected = reconciliation.rejectedAt(code);
				school.trainedTeachers = distinct.size();
				trainedByCounty.computeIfAbsent(school.school().countyCode(), (c) -> new ArrayList<>()).addAll(distinct);
			}
			Map<String, Long> counts = new HashMap<>();
			trainedByCounty.forEach((county, teachers) -> counts.put(county, (long) distinct(teachers).size()));
			WorkArea.writeJson(this.work.totals(), new Saved(new ArrayList<>(bySchool.values()), counts));
		}

	}

}
