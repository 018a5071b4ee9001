package org.schoolstats.operations;

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
 * the property it does nothing.
 */
public final class PausePoint implements StepExecutionListener, ChunkListener<Object, Object>, PublicationListener {

	private static final String PROPERTY = "school-stats.pause-at";

	/** Pauses here if the tests asked for this point. */
	static void here(String point) {
		String wanted = System.getProperty(PROPERTY);
		if (wanted == null || !wanted.equals(point)) {
			return;
		}
		System.out.println("PAUSED at " + point);
		System.out.flush();
		try {
			Thread.sleep(Long.MAX_VALUE);
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
