package org.schoolstats;

import org.schoolstats.operations.SchoolStatsCommand;

/**
 * school-stats: checks the returns of a county education bureau's schools against its registry and publishes
 * county indicators (docs/data-contract.md). The command line comes first; it starts Spring only for the commands
 * that run the job.
 */
public final class SchoolStatsApplication {

	private SchoolStatsApplication() {
	}

	public static void main(String[] args) {
		System.exit(SchoolStatsCommand.execute(args));
	}

}
