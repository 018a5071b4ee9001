package org.schoolstats.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh PostgreSQL database per test class, on the server that {@code .ci/run} starts, for the jar's {@code --db}
 * (section 4); dropped after the class. The server is named by {@value #URL_VARIABLE}, a superuser URL such as
 * {@code jdbc:postgresql://localhost:5432/postgres?user=postgres&password=secret}. Without it, or when its server
 * cannot be reached, the class is skipped, unless {@value #REQUIRE_VARIABLE}{@code =1}, when it fails: CI must not
 * pass by skipping.
 *
 * <pre>
 * &#64;RegisterExtension
 * static PostgresDatabases postgres = new PostgresDatabases("restart");
 * ... "--db", postgres.url() ...
 * </pre>
 */
public final class PostgresDatabases implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

	public static final String URL_VARIABLE = "SCHOOL_STATS_TEST_POSTGRES_URL";

	public static final String REQUIRE_VARIABLE = "SCHOOL_STATS_REQUIRE_POSTGRES";

	/** {@code jdbc:postgresql://HOST:PORT/} + database + optional {@code ?parameters}. */
	private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");

	private final String prefix;

	private final List<String> created = new ArrayList<>();

	private String serverUrl;

	private String url;

	/** @param prefix names the databases of the class ({@code school_stats_<prefix>_<random>}) */
	public PostgresDatabases(String prefix) {
		this.prefix = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
	}

	/**
	 * Skips the class (its tests reported as skipped, with the reason) when there is no server and none is required.
	 * Decided here rather than by an assumption in {@link #beforeAll}: Surefire reports a class aborted there as
	 * neither run nor skipped.
	 */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
			return ConditionEvaluationResult.enabled(REQUIRE_VARIABLE + "=1: the PostgreSQL tests must run");
		}
		if (context.getTestMethod().isPresent()) {
			return ConditionEvaluationResult.enabled("decided for the class");
		}
		String url = System.getenv(URL_VARIABLE);
		if (isBlank(url)) {
			return ConditionEvaluationResult.disabled(URL_VARIABLE + " is not set, so there is no PostgreSQL server to "
					+ "test against (.ci/run starts one); the PostgreSQL tests are skipped.");
		}
		if (!URL.matcher(url).matches()) {
			return ConditionEvaluationResult.enabled(URL_VARIABLE + " is set (beforeAll says what is wrong with it)");
		}
		try (Connection connection = DriverManager.getConnection(url)) {
			return ConditionEvaluationResult.enabled(URL_VARIABLE + " names a server that answers");
		}
		catch (SQLException ex) {
			// SQL state class 08: no connection at all. Any other problem (a refused login) fails in beforeAll.
			if (ex.getSQLState() != null && ex.getSQLState().startsWith("08")) {
				return ConditionEvaluationResult.disabled("The PostgreSQL server of " + URL_VARIABLE + " ("
						+ withoutPassword(url) + ") cannot be reached: " + ex.getMessage()
						+ " The PostgreSQL tests are skipped (" + REQUIRE_VARIABLE + "=1 makes this a failure).");
			}
			return ConditionEvaluationResult.enabled(URL_VARIABLE + " is set");
		}
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.serverUrl = serverUrl();
		this.url = newDatabase();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.created.isEmpty()) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(this.serverUrl);
				Statement statement = connection.createStatement()) {
			for (String name : this.created) {
				// FORCE: a killed jar's session may not have ended yet on the server side.
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot drop the test databases " + this.created + ": " + ex.getMessage(),
					ex);
		}
		finally {
			this.created.clear();
		}
	}

	/** The {@code --db} URL of the class's database. */
	public String url() {
		return this.url;
	}

	/** Creates an empty database on the server (dropped after the class) and returns its {@code --db} URL. */
	private String newDatabase() {
		String name = "school_stats_" + this.prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = DriverManager.getConnection(this.serverUrl);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (SQLException ex) {
			fail("The PostgreSQL server of " + URL_VARIABLE + " (" + withoutPassword(this.serverUrl)
					+ ") cannot create a database: " + ex.getMessage(), ex);
		}
		this.created.add(name);
		return withDatabase(this.serverUrl, name);
	}

	/** Runs a query on a database of this class; each row maps lower-case column labels to values. */
	public List<Map<String, Object>> query(String databaseUrl, String sql, Object... parameters) {
		try (Connection connection = DriverManager.getConnection(databaseUrl);
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			List<Map<String, Object>> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				ResultSetMetaData meta = result.getMetaData();
				while (result.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int column = 1; column <= meta.getColumnCount(); column++) {
						row.put(meta.getColumnLabel(column).toLowerCase(Locale.ROOT), result.getObject(column));
					}
					rows.add(row);
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Query failed (" + ex.getMessage() + "): " + sql, ex);
		}
	}

	/** The tables of the public schema of a database, lower case, sorted. */
	public List<String> tables(String databaseUrl) {
		return query(databaseUrl,
				"select lower(table_name) as name from information_schema.tables where table_schema = 'public' order by 1")
			.stream()
			.map((row) -> (String) row.get("name"))
			.toList();
	}

	private static String serverUrl() {
		String url = System.getenv(URL_VARIABLE);
		if (isBlank(url)) {
			fail(URL_VARIABLE + " is not set, so there is no PostgreSQL server to test against (.ci/run starts one), but "
					+ REQUIRE_VARIABLE + "=1 says the PostgreSQL tests must run.");
		}
		if (!URL.matcher(url).matches()) {
			fail(URL_VARIABLE + " must look like jdbc:postgresql://HOST:PORT/postgres?user=USER&password=PASSWORD, not "
					+ withoutPassword(url));
		}
		return url;
	}

	/** The URL for messages: a password parameter is replaced by {@code ***}. */
	private static String withoutPassword(String url) {
		return url.replaceAll("(?i)(password=)[^&]*", "$1***");
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String withDatabase(String serverUrl, String database) {
		Matcher matcher = URL.matcher(serverUrl);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(serverUrl);
		}
		return matcher.group(1) + database + (matcher.group(3) == null ? "" : matcher.group(3));
	}

}
