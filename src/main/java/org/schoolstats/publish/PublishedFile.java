package org.schoolstats.publish;

import java.util.List;

import org.schoolstats.reconcile.RejectsFile;

/** The files of a publication besides the manifest, in the order of contract section 3 and of the manifest. */
public enum PublishedFile {

	COUNTY_INDICATORS("county_indicators.csv"), COUNTY_SUMMARIES("county_summaries.csv"), FINDINGS("findings.csv"),
	SCHOOL_STATUS("school_status.csv"), REJECTS(RejectsFile.NAME), SCHOOL_INDICATORS("school_indicators.csv"),
	COUNTY_CHANGES("county_changes.csv");

	public static final List<String> SCHOOL_STATUS_HEADER = List.of("school_code", "school_name", "county_code",
			"enrollment_rows", "training_rows", "inspection_rows", "rows_rejected", "complete");

	private final String fileName;

	PublishedFile(String fileName) {
		this.fileName = fileName;
	}

	public String fileName() {
		return this.fileName;
	}

	/** The key under which the number of data rows is kept in the job execution context. */
	String rowsKey() {
		return "output.rows." + this.fileName;
	}

}
