package org.schoolstats;

import org.schoolstats.operations.OperationsConfiguration;
import org.schoolstats.operations.SchoolStatsCommand;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * school-stats: checks the returns of a county education bureau's schools against its registry and publishes
 * county indicators (see the contract in the README). The command line comes first; it starts Spring only for the
 * commands that need the job.
 * <p>
 * Only what the job uses is imported, without scanning for components: the job and operations configurations, a
 * data source, its transaction manager and Spring Batch on JDBC. Start-up is paid by every run.
 */
@SpringBootConfiguration
@Import({ SchoolStatsJobConfiguration.class, OperationsConfiguration.class })
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
		DataSourceTransactionManagerAutoConfiguration.class, BatchJdbcAutoConfiguration.class })
public class SchoolStatsApplication {

	public static void main(String[] args) {
		System.exit(SchoolStatsCommand.execute(args));
	}

}
