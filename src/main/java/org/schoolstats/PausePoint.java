package org.schoolstats;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Lets the process-level tests kill the JVM at an exact point: started with
 * {@code -Dschool-stats.pause-at=POINT}, the process prints {@code PAUSED at POINT} and waits there to be killed.
 * Points are a step name (at its start), {@code STEP#N} (in a chunk step, after N committed chunks, inside the
 * transaction of the next one) and the named points of the code ({@code publish.between-moves}). Without the
 * property it does nothing.
 */
public final class PausePoint implements StepExecutionListener, ChunkListener<Object, Object> {

	private static final String PROPERTY = "school-stats.pause-at";

	/** Pauses here if the tests asked for this point. */
	public static void here(String point) {
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

}
