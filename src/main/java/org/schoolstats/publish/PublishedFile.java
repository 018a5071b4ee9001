package org.schoolstats.publish;

import java.util.List;

import org.schoolstats.publish.report.ReportWriter;
import org.schoolstats.reconcile.RejectsFile;

/** The files of a publication besides the manifest, in the order of contract section 3 and of the manifest. */
public enum PublishedFile {

	COUNTY_INDICATORS("county_indicators.csv"), COUNTY_SUMMARIES("county_summaries.csv"), FINDINGS("findings.csv"),
	SCHOOL_STATUS("school_status.csv"), REJECTS(RejectsFile.NAME), SCHOOL_INDICATORS("school_indicators.csv"),
	COUNTY_CHANGES("county_changes.csv"),

	/** The period at a glance, for people (section 3.9): made by the publish step, and not a table. */
	REPORT(ReportWriter.FILE_NAME);

	public static final List<String> SCHOOL_STATUS_HEADER = List.of("school_code", "school_name", "county_code",
			"enrollment_rows", "training_rows", "inspection_rows", "rows_rejected", "complete");

	private final String fileName;

	PublishedFile(String fileName) {
		this.fileName = fileName;
	}

	public String fileName() {
		return this.fileName;
	}

	/** Whether the file is a table whose data rows the manifest counts; {@code report.html} is not. */
	boolean hasRows() {
		return this != REPORT;
	}

	/** The key under which the number of data rows is kept in the job execution context. */
	String rowsKey() {
		return "output.rows." + this.fileName;
	}

}
