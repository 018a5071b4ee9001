package org.schoolstats.reconcile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.schoolstats.csv.CsvOutput;
import org.schoolstats.registry.Registry;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.Inbox;
import org.schoolstats.submission.Reason;
import org.schoolstats.submission.SubmissionFile;
import org.schoolstats.work.WorkArea;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Decides the fate of every staged record once all files are read (section 2): bucket by bucket (the buckets on
 * all cores at once), duplicates collapse and conflicts are rejected, and the accepted rows go on to be added up;
 * then all rejects of a category are merged into the order of {@code rejects.csv}, and the row accounting is saved
 * for the steps that follow. Re-running it rewrites all of its files, so a restart after a crash inside this step
 * simply runs it again.
 */
public class ReconcileTasklet implements Tasklet {

	private static final int WORKERS = Runtime.getRuntime().availableProcessors();

	private final WorkArea work;

	private final Registry registry;

	private final Inbox inbox;

	private final AcceptedRows acceptedRows;

	/** @param inbox the listing the read steps read (one copy per process: a province lists tens of thousands) */
	public ReconcileTasklet(WorkArea work, Registry registry, Inbox inbox, AcceptedRows acceptedRows) {
		this.work = work;
		this.registry = registry;
		this.inbox = inbox;
		this.acceptedRows = acceptedRows;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		Map<Category, Reconciliation.Counts> counts = new EnumMap<>(Category.class);
		Map<Category, List<Long>> perFile = new EnumMap<>(Category.class);
		Map<String, Long> perSchool = new TreeMap<>();
		long rejectRows;
		List<AcceptedRows.Part> parts = new ArrayList<>();
		for (int worker = 0; worker < WORKERS; worker++) {
			parts.add(this.acceptedRows.newPart());
		}
		try (CsvOutput rejects = RejectsFile.create(this.work.rejects())) {
			for (Category category : Category.values()) {
				List<SubmissionFile> files = this.inbox.files(category);
				long[] readPerFile = new long[files.size()];
				List<Path> partitions = partitions(category);
				Resolved resolved = resolve(category, files, partitions, readPerFile, parts);
				long readRejects = mergeRejects(category, files, partitions, rejects, readPerFile, perSchool);
				long staged = resolved.accepted + resolved.conflicts + resolved.collapsed;
				counts.put(category, new Reconciliation.Counts(staged + readRejects, resolved.accepted,
						readRejects + resolved.conflicts, resolved.collapsed));
				perFile.put(category, Arrays.stream(readPerFile).boxed().toList());
			}
			rejectRows = rejects.rows();
		}
		Reconciliation reconciliation = new Reconciliation(counts, perFile, perSchool, rejectRows);
		WorkArea.writeJson(this.work.reconciliation(), reconciliation);
		this.acceptedRows.finish(parts, reconciliation);
		RunFigures.save(chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext(),
				reconciliation);
		return RepeatStatus.FINISHED;
	}

	private record Resolved(long accepted, long conflicts, long collapsed) {

		Resolved plus(Resolved other) {
			return new Resolved(this.accepted + other.accepted, this.conflicts + other.conflicts,
					this.collapsed + other.collapsed);
		}

	}

	/** Every worker decides every n-th bucket, and adds up what it accepts in its own part. */
	private Resolved resolve(Category category, List<SubmissionFile> files, List<Path> partitions, long[] readPerFile,
			List<AcceptedRows.Part> parts) throws Exception {
		DuplicateResolver resolver = new DuplicateResolver(category, (index) -> files.get(index).path());
		Files.createDirectories(this.work.conflicts(category.folder(), 0).getParent());
		List<Callable<Resolved>> workers = new ArrayList<>();
		// Each worker counts the rows per file on its own, so that the workers never write to the same memory.
		long[][] readByWorker = new long[WORKERS][files.size()];
		for (int worker = 0; worker < WORKERS; worker++) {
			int first = worker;
			AcceptedRows.Part part = parts.get(worker);
			long[] read = readByWorker[worker];
			workers.add(() -> {
				Resolved total = new Resolved(0, 0, 0);
				for (int bucket = first; bucket < StagingWriter.BUCKETS; bucket += WORKERS) {
					total = total.plus(resolveBucket(category, resolver, partitions, bucket, read, part));
				}
				return total;
			});
		}
		Resolved total = new Resolved(0, 0, 0);
		for (Resolved worker : OnAllCores.run(workers)) {
			total = total.plus(worker);
		}
		for (long[] read : readByWorker) {
			for (int file = 0; file < read.length; file++) {
				readPerFile[file] += read[file];
			}
		}
		return total;
	}

	/** One bucket: every record that may be a duplicate of one of its records is in it. */
	private Resolved resolveBucket(Category category, DuplicateResolver resolver, List<Path> partitions, int bucket,
			long[] readPerFile, AcceptedRows.Part part) throws IOException {
		List<Checked.Accepted> rows = readBucket(partitions, bucket);
		for (Checked.Accepted row : rows) {
			readPerFile[row.fileIndex()]++;
		}
		DuplicateResolver.Outcome outcome = resolver.resolve(rows);
		for (Checked.Accepted row : outcome.accepted()) {
			part.add(category, row);
		}
		part.endOfBucket();
		try (StagedOutput out = StagedOutput.create(this.work.conflicts(category.folder(), bucket))) {
			for (Checked.Rejected conflict : outcome.conflicts()) {
				StagedRecords.write(out, conflict);
			}
		}
		return new Resolved(outcome.accepted().size(), outcome.conflicts().size(), outcome.collapsed());
	}

	/** The rows of a bucket from every partition, partition after partition: in processing order. */
	private static List<Checked.Accepted> readBucket(List<Path> partitions, int bucket) throws IOException {
		List<Checked.Accepted> rows = new ArrayList<>();
		for (Path partition : partitions) {
			Path file = StagingWriter.bucket(partition, bucket);
			if (!Files.exists(file)) {
				continue;
			}
			try (StagedInput in = StagedInput.open(file)) {
				Checked.Accepted row;
				while ((row = StagedRecords.readAccepted(in)) != null) {
					rows.add(row);
				}
			}
		}
		return rows;
	}

	private long mergeRejects(Category category, List<SubmissionFile> files, List<Path> partitions, CsvOutput out,
			long[] readPerFile, Map<String, Long> perSchool) throws IOException {
		List<List<Path>> runs = new ArrayList<>();
		runs.add(partitions.stream().map(StagingWriter::rejects).toList());
		for (int bucket = 0; bucket < StagingWriter.BUCKETS; bucket++) {
			runs.add(List.of(this.work.conflicts(category.folder(), bucket)));
		}
		long readRejects = 0;
		try (RejectStream stream = new RejectStream(runs)) {
			Checked.Rejected reject;
			while ((reject = stream.next()) != null) {
				RejectsFile.write(out, category, files.get(reject.fileIndex()).path(), reject);
				if (reject.reason().isAboutFile()) {
					continue; // a file that is not read counts towards no row figure
				}
				if (reject.reason() != Reason.DUPLICATE_CONFLICT) {
					readRejects++; // conflicts were counted as staged rows already
					readPerFile[reject.fileIndex()]++;
				}
				if (this.registry.school(reject.schoolCode()) != null) {
					perSchool.merge(reject.schoolCode(), 1L, Long::sum);
				}
			}
		}
		return readRejects;
	}

	/** The partition directories of a category's read step, in partition order (and so in file order). */
	private List<Path> partitions(Category category) throws IOException {
		Path root = this.work.partitions(category.folder());
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(root)) {
			return children.filter(Files::isDirectory)
				.sorted(Comparator.comparingInt((Path p) -> Integer.parseInt(p.getFileName().toString().substring(1))))
				.toList();
		}
	}

}
