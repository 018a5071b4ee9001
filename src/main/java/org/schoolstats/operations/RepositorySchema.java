package org.schoolstats.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;

/**
 * Creates the Spring Batch tables on first use only. Running the creation script at every start (what
 * {@code initialize-schema=always} does) fails on the existing tables, and H2 then logs every failure into a trace
 * file that keeps growing. On a new default repository, the id sequences start at the period's base.
 */
public class RepositorySchema extends BatchDataSourceScriptDatabaseInitializer {

	/** The advisory lock key that serialises schema creation on PostgreSQL. */
	private static final long SCHEMA_LOCK = 0x5c400157L;

	private final DataSource dataSource;

	private final long idBase;

	public RepositorySchema(DataSource dataSource, BatchJdbcProperties properties, long idBase) {
		super(dataSource, properties);
		this.dataSource = dataSource;
		this.idBase = idBase;
	}

	@Override
	public boolean initializeDatabase() {
		if (exists()) {
			return false;
		}
		// Two processes may meet an empty PostgreSQL database at once: one creates the tables, the other waits.
		try (Connection connection = this.dataSource.getConnection()) {
			boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
			if (postgres) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("select pg_advisory_lock(" + SCHEMA_LOCK + ")");
				}
			}
			try {
				return create();
			}
			finally {
				if (postgres) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("select pg_advisory_unlock(" + SCHEMA_LOCK + ")");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the job repository tables: " + ex.getMessage(), ex);
		}
	}

	private boolean create() {
		if (exists()) { // created by another process while this one waited
			return false;
		}
		super.initializeDatabase();
		if (this.idBase > 0) {
			startIdsAt(this.idBase + 1);
		}
		return true;
	}

	private boolean exists() {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			for (String name : new String[] { "BATCH_JOB_EXECUTION", "batch_job_execution" }) {
				try (ResultSet tables = metaData.getTables(null, null, name, null)) {
					if (tables.next()) {
						return true;
					}
				}
			}
			return false;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot look into the job repository: " + ex.getMessage(), ex);
		}
	}

	private void startIdsAt(long first) {
		try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String sequence : new String[] { "BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_EXECUTION_SEQ",
					"BATCH_STEP_EXECUTION_SEQ" }) {
				// NO CACHE: a killed process would otherwise lose the ids it had taken in advance, leaving gaps.
				statement.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + first + " NO CACHE");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot set the first execution id: " + ex.getMessage(), ex);
		}
	}

}
