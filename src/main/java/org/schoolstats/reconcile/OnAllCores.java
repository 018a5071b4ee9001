package org.schoolstats.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent pieces of a step (buckets) on every core and gives their results back in order. */
public final class OnAllCores {

	private OnAllCores() {
	}

	public static <T> List<T> run(List<Callable<T>> tasks) throws Exception {
		int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(task));
			}
			List<T> results = new ArrayList<>(futures.size());
			for (Future<T> future : futures) {
				try {
					results.add(future.get());
				}
				catch (ExecutionException ex) {
					throw ex.getCause() instanceof Exception cause ? cause : ex;
				}
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
