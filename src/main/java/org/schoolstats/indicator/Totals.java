package org.schoolstats.indicator;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.schoolstats.OnAllCores;
import org.schoolstats.WorkArea;
import org.schoolstats.WorkAreaException;
import org.schoolstats.reconcile.Reconciliation;
import org.schoolstats.reconcile.StagedRecords;
import org.schoolstats.reconcile.StagingWriter;
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
 * Adds up the accepted rows of a run per registry school, and counts the distinct teachers with a completed
 * training per school and per county. The accepted files are added up on all cores, each into its own part, and
 * the parts are then put together.
 */
public final class Totals {

	private final Map<String, SchoolTotals> bySchool = new LinkedHashMap<>();

	private final Map<String, Long> trainedByCounty = new HashMap<>();

	private Totals(Registry registry) {
		for (School school : registry.schools()) {
			this.bySchool.put(school.code(), new SchoolTotals(school));
		}
	}

	public static Totals collect(WorkArea work, Registry registry, Reconciliation reconciliation) throws Exception {
		// One part per core, each adding up every n-th bucket: few parts, so few copies of the schools in memory.
		int cores = Runtime.getRuntime().availableProcessors();
		List<Callable<Part>> parts = new ArrayList<>();
		for (int core = 0; core < cores; core++) {
			int first = core;
			parts.add(() -> {
				Part part = new Part();
				for (int bucket = first; bucket < StagingWriter.BUCKETS; bucket += cores) {
					for (Category category : Category.values()) {
						part.add(work.accepted(category, bucket), category, registry);
					}
				}
				return part;
			});
		}
		Totals totals = new Totals(registry);
		Map<String, Set<String>> trainedBySchool = new HashMap<>();
		for (Part part : OnAllCores.run(parts)) {
			part.schools.forEach((code, school) -> totals.bySchool.get(code).add(school));
			part.trained.forEach((code, teachers) -> trainedBySchool.computeIfAbsent(code, (c) -> new HashSet<>())
				.addAll(teachers));
		}
		for (SchoolTotals school : totals.bySchool.values()) {
			school.rowsRejected = reconciliation.rejectedAt(school.school().code());
			school.trainedTeachers = trainedBySchool.getOrDefault(school.school().code(), Set.of()).size();
		}
		Map<String, Set<String>> trainedByCounty = new HashMap<>();
		for (County county : registry.counties()) {
			trainedByCounty.put(county.code(), new HashSet<>());
		}
		for (School school : registry.schools()) {
			trainedByCounty.get(school.countyCode()).addAll(trainedBySchool.getOrDefault(school.code(), Set.of()));
		}
		trainedByCounty.forEach((county, teachers) -> totals.trainedByCounty.put(county, (long) teachers.size()));
		return totals;
	}

	/** The totals of some of the accepted files. */
	private static final class Part {

		private final Map<String, SchoolTotals> schools = new HashMap<>();

		private final Map<String, Set<String>> trained = new HashMap<>();

		void add(Path file, Category category, Registry registry) throws IOException {
			if (!Files.exists(file)) {
				throw new WorkAreaException("The work file " + file
						+ " is missing: the work area of this run was removed, so run again with --force.");
			}
			Part part = this;
			try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024))) {
				Checked.Accepted row;
				while ((row = StagedRecords.readAccepted(in)) != null) {
					SchoolTotals school = part.schools.computeIfAbsent(row.schoolCode(),
							(code) -> new SchoolTotals(registry.school(code)));
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
							part.trained.computeIfAbsent(row.schoolCode(), (code) -> new HashSet<>())
								.add(training.teacherId());
						}
					}
				}
			}
		}

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

}
