package org.schoolstats.indicator;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.schoolstats.WorkArea;
import org.schoolstats.reconcile.Reconciliation;
import org.schoolstats.reconcile.StagedRecords;
import org.schoolstats.registry.County;
import org.schoolstats.registry.Registry;
import org.schoolstats.registry.School;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.EnrollmentRow;
import org.schoolstats.submission.InspectionRow;
import org.schoolstats.submission.SubmittedRow;
import org.schoolstats.submission.TrainingRow;

/**
 * Adds up the accepted rows of a run per registry school, and counts the distinct trained teachers per school and
 * per county. The accepted rows of a school lie next to each other (reconciliation writes them so), which keeps
 * only one school's teachers in memory besides the county sets.
 */
public final class Totals {

	private final Map<String, SchoolTotals> bySchool = new LinkedHashMap<>();

	private final Map<String, Set<String>> trainedByCounty = new HashMap<>();

	private Totals(Registry registry) {
		for (School school : registry.schools()) {
			this.bySchool.put(school.code(), new SchoolTotals(school));
		}
		for (County county : registry.counties()) {
			this.trainedByCounty.put(county.code(), new HashSet<>());
		}
	}

	public static Totals collect(WorkArea work, Registry registry, Reconciliation reconciliation) throws IOException {
		Totals totals = new Totals(registry);
		for (Category category : Category.values()) {
			totals.addAccepted(work, category);
		}
		for (SchoolTotals school : totals.bySchool.values()) {
			school.rowsRejected = reconciliation.rejectedAt(school.school().code());
		}
		return totals;
	}

	private void addAccepted(WorkArea work, Category category) throws IOException {
		if (!Files.exists(work.accepted(category))) {
			throw new org.schoolstats.WorkAreaException("The work file " + work.accepted(category)
					+ " is missing: the work area of this run was removed, so run again with --force.");
		}
		Set<String> finished = new HashSet<>();
		String current = null;
		Set<String> teachers = new HashSet<>();
		try (DataInputStream in = new DataInputStream(
				new BufferedInputStream(Files.newInputStream(work.accepted(category)), 64 * 1024))) {
			Checked.Accepted row;
			while ((row = StagedRecords.readAccepted(in)) != null) {
				SchoolTotals school = this.bySchool.get(row.schoolCode());
				SubmittedRow typed = category.row(row.values());
				if (typed instanceof EnrollmentRow enrollment) {
					school.add(enrollment);
				}
				else if (typed instanceof InspectionRow inspection) {
					school.add(inspection);
				}
				else if (typed instanceof TrainingRow training) {
					if (!row.schoolCode().equals(current)) {
						closeSchool(current, teachers, finished);
						current = row.schoolCode();
						teachers = new HashSet<>();
					}
					school.add(training);
					if (training.isCompleted()) {
						teachers.add(training.teacherId());
						this.trainedByCounty.get(school.school().countyCode()).add(training.teacherId());
					}
				}
			}
		}
		closeSchool(current, teachers, finished);
	}

	private void closeSchool(String schoolCode, Set<String> teachers, Set<String> finished) {
		if (schoolCode == null) {
			return;
		}
		if (!finished.add(schoolCode)) {
			throw new IllegalStateException("Accepted training rows of school " + schoolCode + " are not together");
		}
		this.bySchool.get(schoolCode).trainedTeachers = teachers.size();
	}

	public SchoolTotals school(String code) {
		return this.bySchool.get(code);
	}

	public Iterable<SchoolTotals> schools() {
		return this.bySchool.values();
	}

	/** Distinct teacher_id in the county with at least one completed row (section 3.1). */
	public long teachersTrained(String countyCode) {
		return this.trainedByCounty.get(countyCode).size();
	}

}
