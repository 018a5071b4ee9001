package org.schoolstats.operations;

import java.nio.file.Files;
import java.nio.file.Path;

import org.schoolstats.publish.OutputDirectory;
import org.schoolstats.publish.PublicationListener;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Lets the process-level tests kill the JVM at an exact point: started with
 * {@code -Dschool-stats.pause-at=POINT}, the process prints {@code PAUSED at POINT} and waits there to be killed.
 * Points are a step name (at its start), {@code STEP#N} (in a chunk step, after N committed chunks, inside the
 * transaction of the next one) and {@code publish.between-moves}, between the two renames of publishing. Without
 * the property it does nothing. A signal that stops the run (see {@link Stopping}) releases the pause, and so does
 * the file named by {@code -Dschool-stats.pause-release=FILE} once it exists.
 */
public final class PausePoint implements StepExecutionListener, ChunkListener<Object, Object>, PublicationListener {

	private static final String PROPERTY = "school-stats.pause-at";

	/** A file whose appearance lets a paused run go on ({@code -Dschool-stats.pause-release=FILE}). */
	private static final String RELEASE = "school-stats.pause-release";

	/** Pauses here if the tests asked for this point. */
	static void here(String point) {
		String wanted = System.getProperty(PROPERTY);
		if (wanted == null || !wanted.equals(point)) {
			return;
		}
		System.out.println("PAUSED at " + point);
		System.out.flush();
		String release = System.getProperty(RELEASE);
		try {
			// A signal lets the run go on, to stop where it may; so does the release file, when the test names one.
			while (Stopping.requested() == null && (release == null || !Files.exists(Path.of(release)))) {
				Thread.sleep(50);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		here(stepExecution.getStepName());
	}

	@Override
	public void beforeChunk(Chunk<Object> chunk) {
		if (System.getProperty(PROPERTY) == null) {
			return;
		}
		var context = StepSynchronizationManager.getContext();
		if (context != null) {
			StepExecution step = context.getStepExecution();
			here(step.getStepName() + "#" + step.getCommitCount());
		}
	}

	@Override
	public void betweenRenames(OutputDirectory output) {
		here("publish.between-moves");
	}

}
