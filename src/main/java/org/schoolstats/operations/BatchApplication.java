package org.schoolstats.operations;

import org.schoolstats.job.SchoolStatsJobConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The Spring application a command starts to run the job: the job, the operational beans around it, a data source,
 * its transaction manager and Spring Batch on JDBC. Only these are imported, without scanning for components.
 */
@SpringBootConfiguration
@Import({ SchoolStatsJobConfiguration.class, OperationsConfiguration.class })
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
		DataSourceTransactionManagerAutoConfiguration.class, BatchJdbcAutoConfiguration.class })
public class BatchApplication {

}
