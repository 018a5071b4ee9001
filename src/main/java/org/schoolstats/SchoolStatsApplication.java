package org.schoolstats;

import org.schoolstats.operations.SchoolStatsCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * school-stats: checks the returns of a county education bureau's schools against its registry and publishes
 * county indicators (see the contract in the README). The command line comes first; it starts Spring only for the
 * commands that need the job.
 */
@SpringBootApplication
public class SchoolStatsApplication {

	public static void main(String[] args) {
		System.exit(SchoolStatsCommand.execute(args));
	}

}
