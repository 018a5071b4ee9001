package org.schoolstats;

import org.schoolstats.operations.SchoolStatsCommand;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * school-stats: checks the returns of a county education bureau's schools against its registry and publishes
 * county indicators (see the contract in the README). The command line comes first; it starts Spring only for the
 * commands that need the job.
 * <p>
 * Only the auto-configuration the job uses is imported (a data source, its transaction manager, Spring Batch on
 * JDBC): the run is started by a scheduler many times a night, and every second of start-up counts.
 */
@SpringBootConfiguration
@ComponentScan
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
		DataSourceTransactionManagerAutoConfiguration.class, BatchJdbcAutoConfiguration.class })
public class SchoolStatsApplication {

	public static void main(String[] args) {
		System.exit(SchoolStatsCommand.execute(args));
	}

}
