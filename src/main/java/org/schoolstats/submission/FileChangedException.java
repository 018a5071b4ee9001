package org.schoolstats.submission;

import org.schoolstats.work.PlainFailure;

/**
 * A submission file's bytes changed between the scan that fingerprinted it and the step that read it: its figures
 * and the SHA-256 in the manifest would belong to two different files, so the run fails and publishes nothing.
 */
public class FileChangedException extends RuntimeException implements PlainFailure {

	public FileChangedException(String path) {
		super("The file " + path + " changed while the run was reading it: run again when the school has finished "
				+ "uploading.");
	}

}
