package org.schoolstats.submission;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.schoolstats.csv.TextFile;
import org.schoolstats.registry.Registry;
import org.schoolstats.work.WorkArea;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Finds the submission files of the inbox in processing order, inspects each once (SHA-256, encoding) and leaves
 * the listing in the work area, so that every later step, in this process or a resumed one, sees the same files.
 */
public class ScanInboxTasklet implements Tasklet {

	private final Path inputDirectory;

	private final String expectedFingerprint;

	private final WorkArea work;

	private final Consumer<Inbox> kept;

	private final InboxScans scans;

	/**
	 * @param expectedFingerprint the fingerprint the run was started for, or {@code null} to take the inbox as is
	 * @param kept told of the listing once it is in the work area
	 * @param scans a scan this process already made of the inbox, to reuse instead of reading every file again
	 */
	public ScanInboxTasklet(Path inputDirectory, String expectedFingerprint, WorkArea work, Consumer<Inbox> kept,
			InboxScans scans) {
		this.inputDirectory = inputDirectory;
		this.expectedFingerprint = expectedFingerprint;
		this.work = work;
		this.kept = kept;
		this.scans = scans;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		Inbox inbox = this.scans.take(this.inputDirectory, this.expectedFingerprint);
		if (inbox == null) {
			inbox = scanAndCheck();
		}
		WorkArea.writeJson(this.work.inboxListing(), inbox);
		this.kept.accept(inbox);
		contribution.incrementWriteCount(inbox.files().size());
		return RepeatStatus.FINISHED;
	}

	private Inbox scanAndCheck() throws java.io.IOException {
		Inbox inbox = Inbox.scan(this.inputDirectory);
		if (this.expectedFingerprint != null) {
			String registrySha256 = TextFile.sha256(this.inputDirectory.resolve(Registry.FILE_NAME));
			if (!this.expectedFingerprint.equals(inbox.fingerprint(registrySha256))) {
				throw new org.schoolstats.work.WorkAreaException("The files in " + this.inputDirectory
						+ " changed after the run started: wait until the inbox is complete, then run again.");
			}
		}
		return inbox;
	}

}
