package org.schoolstats.operations;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.schoolstats.csv.CsvRecordReader;
import org.schoolstats.csv.CsvSyntaxException;
import org.schoolstats.csv.RawRecord;
import org.schoolstats.csv.TextEncoding;
import org.schoolstats.csv.TextFile;
import org.schoolstats.job.RunParameters;
import org.schoolstats.reconcile.Reconciliation;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Inbox;
import org.schoolstats.submission.Period;
import org.schoolstats.work.WorkArea;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code validate}: reads and checks everything exactly as {@code run} does, prints the counts and the rejects, and
 * publishes nothing (section 4). Without {@code --db} it keeps its job repository in memory and its work area in a
 * temporary directory, so it leaves nothing behind but its log, and can run while a {@code run} of the same period
 * is going on.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Reads and checks an inbox, prints the counts and the rejects; publishes nothing.")
class ValidateCommand implements Callable<Integer> {

	@Option(names = "--input", required = true, paramLabel = "DIR", description = "The period's inbox.")
	Path input;

	@Option(names = "--period", required = true, paramLabel = "P", converter = Options.PeriodConverter.class,
			description = "YYYY, YYYY-H1 or YYYY-H2.")
	Period period;

	@Mixin
	CommonOptions common;

	@Override
	public Integer call() throws IOException {
		LogContext.period(this.period.label());
		Path inputDirectory = Options.inputDirectory(this.input);
		Path work = Files.createTempDirectory("school-stats-validate");
		String url = this.common.db != null ? this.common.db
				: "jdbc:h2:mem:validate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (BatchContext batch = BatchContext.start(new JobRepositoryLocation(url, 0),
				this.common.stateDirectory(), work)) {
			JobParameters parameters = RunParameters.of(this.period, inputDirectory, null, null,
					System.currentTimeMillis(), null);
			return Launch.run(batch, (operator) -> operator.start(batch.validateJob(), parameters), this.common.logFile(),
					(execution) -> report(batch, execution));
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
		}
	}

	private void report(BatchContext batch, JobExecution execution) {
		WorkArea area = batch.workAreas().of(this.period.label(), execution.getJobInstanceId());
		Launch.warnAboutSkippedLinks(WorkArea.readJson(area.inboxListing(), Inbox.class));
		Reconciliation reconciliation = WorkArea.readJson(area.reconciliation(), Reconciliation.class);
		Console.out("");
		Console.out(String.format(Locale.ROOT, "%-20s %10s %10s %10s %10s", "category", "rows_read", "accepted",
				"rejected", "collapsed"));
		for (Category category : Category.values()) {
			Reconciliation.Counts counts = reconciliation.counts(category);
			Console.out(String.format(Locale.ROOT, "%-20s %,10d %,10d %,10d %,10d", category.folder(), counts.rowsRead(),
					counts.rowsAccepted(), counts.rowsRejected(), counts.duplicatesCollapsed()));
		}
		Console.out("");
		if (reconciliation.rejectRows() == 0) {
			Console.out("No rejects: every row passed the rules.");
			return;
		}
		Console.out(String.format(Locale.ROOT, "%,d rejects (category, file:line, school_code, reason: detail):",
				reconciliation.rejectRows()));
		try (Reader reader = TextFile.open(area.rejects(), TextEncoding.UTF_8);
				CsvRecordReader records = new CsvRecordReader(reader)) {
			records.next(); // the header
			RawRecord reject;
			while ((reject = records.next()) != null) {
				String[] v = reject.values();
				Console.out(String.format(Locale.ROOT, "  %-18s %s:%s  %s  %s: %s", v[0], v[1], v[2],
						v[3].isEmpty() ? "-" : v[3], v[4], v[5]));
			}
		}
		catch (IOException | CsvSyntaxException ex) {
			throw new IllegalStateException("Cannot read back the rejects", ex);
		}
	}

}
