package org.schoolstats.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.schoolstats.csv.Cells;
import org.schoolstats.csv.CsvOutput;
import org.schoolstats.indicator.CountyChanges;
import org.schoolstats.indicator.CountyIndicators;
import org.schoolstats.indicator.CountySummary;
import org.schoolstats.indicator.Finding;
import org.schoolstats.indicator.PreviousPeriod;
import org.schoolstats.indicator.SchoolIndicators;
import org.schoolstats.indicator.SchoolTotals;
import org.schoolstats.indicator.Totals;
import org.schoolstats.reconcile.Reconciliation;
import org.schoolstats.registry.County;
import org.schoolstats.registry.Registry;
import org.schoolstats.submission.Period;
import org.schoolstats.work.WorkArea;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.util.FileSystemUtils;

/**
 * Computes the tables of sections 3.1 to 3.5, 3.7 and 3.8, compared with the earlier publication where there is one
 * (section 5), and writes every output file into the staging directory, starting from an empty one, so that
 * re-running the step after a crash writes the same bytes again.
 */
public class WriteOutputsTasklet implements Tasklet {

	private final WorkArea work;

	private final Registry registry;

	private final Period period;

	private final OutputDirectory output;

	private final Supplier<Totals> totals;

	private final Supplier<PreviousPeriod> previous;

	/**
	 * @param totals what reconciliation added up, as it left it in the work area
	 * @param previous the figures of the publication compared with (section 5); {@code null} from it when nothing
	 * is compared
	 */
	public WriteOutputsTasklet(WorkArea work, Supplier<Totals> totals, Registry registry, Period period,
			OutputDirectory output, Supplier<PreviousPeriod> previous) {
		this.work = work;
		this.totals = totals;
		this.registry = registry;
		this.period = period;
		this.output = output;
		this.previous = previous;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		Reconciliation reconciliation = WorkArea.readJson(this.work.reconciliation(), Reconciliation.class);
		Totals totals = this.totals.get();
		ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		Path staging = this.output.staging(job);
		FileSystemUtils.deleteRecursively(staging);
		Files.createDirectories(staging);

		PreviousPeriod previous = this.previous.get();
		List<CountyIndicators> counties = countyRows(totals);
		Map<String, List<CountyChanges.Change>> changes = new LinkedHashMap<>();
		for (CountyIndicators county : counties) {
			changes.put(county.countyCode(), CountyChanges.of(county, previous));
		}
		try (CsvOutput out = create(staging, PublishedFile.COUNTY_INDICATORS, CountyIndicators.HEADER)) {
			counties.forEach((row) -> out.row(row.cells()));
			saveRows(job, PublishedFile.COUNTY_INDICATORS, out);
		}
		try (CsvOutput out = create(staging, PublishedFile.COUNTY_SUMMARIES, CountySummary.HEADER)) {
			for (CountyIndicators row : counties) {
				List<CountyChanges.Change> county = changes.get(row.countyCode());
				out.row(row.countyCode(), "en",
						Cells.protect(CountySummary.english(row, this.period, previous, county)));
				out.row(row.countyCode(), "zh",
						Cells.protect(CountySummary.chinese(row, this.period, previous, county)));
			}
			saveRows(job, PublishedFile.COUNTY_SUMMARIES, out);
		}
		try (CsvOutput out = create(staging, PublishedFile.FINDINGS, Finding.HEADER)) {
			List<Finding> findings = new ArrayList<>();
			for (SchoolTotals school : totals.schools()) {
				findings.addAll(Finding.of(school));
			}
			findings.addAll(Finding.comparedWith(previous, totals.schools(), this.period));
			findings.stream().sorted(Finding.ORDER).forEach((finding) -> out.row(finding.cells()));
			saveRows(job, PublishedFile.FINDINGS, out);
		}
		try (CsvOutput out = create(staging, PublishedFile.SCHOOL_STATUS, PublishedFile.SCHOOL_STATUS_HEADER)) {
			for (SchoolTotals school : totals.schools()) {
				out.row(school.school().code(), Cells.protect(school.school().name()), school.school().countyCode(),
						Long.toString(school.enrollmentRows()), Long.toString(school.trainingRows()),
						Long.toString(school.inspectionRows()), Long.toString(school.rowsRejected()),
						school.isComplete() ? "yes" : "no");
			}
			saveRows(job, PublishedFile.SCHOOL_STATUS, out);
		}
		Files.copy(this.work.rejects(), staging.resolve(PublishedFile.REJECTS.fileName()),
				StandardCopyOption.REPLACE_EXISTING);
		job.putLong(PublishedFile.REJECTS.rowsKey(), reconciliation.rejectRows());
		try (CsvOutput out = create(staging, PublishedFile.SCHOOL_INDICATORS, SchoolIndicators.HEADER)) {
			for (SchoolTotals school : totals.schools()) {
				out.row(SchoolIndicators.cells(school));
			}
			saveRows(job, PublishedFile.SCHOOL_INDICATORS, out);
		}
		try (CsvOutput out = create(staging, PublishedFile.COUNTY_CHANGES, CountyChanges.HEADER)) {
			changes.values().forEach((county) -> county.forEach((change) -> out.row(change.cells())));
			saveRows(job, PublishedFile.COUNTY_CHANGES, out);
		}
		return RepeatStatus.FINISHED;
	}

	private List<CountyIndicators> countyRows(Totals totals) {
		Map<String, List<SchoolTotals>> byCounty = new java.util.HashMap<>();
		for (SchoolTotals school : totals.schools()) {
			byCounty.computeIfAbsent(school.school().countyCode(), (code) -> new ArrayList<>()).add(school);
		}
		return this.registry.counties()
			.stream()
			.map((County county) -> CountyIndicators.of(county, byCounty.get(county.code()),
					totals.teachersTrained(county.code())))
			.collect(Collectors.toList());
	}

	private static CsvOutput create(Path staging, PublishedFile file, List<String> header) throws IOException {
		return CsvOutput.create(staging.resolve(file.fileName()), header.toArray(String[]::new));
	}

	private static void saveRows(ExecutionContext job, PublishedFile file, CsvOutput out) {
		job.putLong(file.rowsKey(), out.rows());
	}

}
