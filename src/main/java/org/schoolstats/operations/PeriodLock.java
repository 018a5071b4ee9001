package org.schoolstats.operations;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps two processes off one period (section 4: a second run of a running period is refused with exit 3). An
 * operating-system lock on {@code state/locks/<period>.lock} keeps two processes of one working directory off its
 * job repository, and one on {@code OUTPUT/.<period>.lock} keeps processes of any working directory from publishing
 * the period into the same output root at once; both are released by the system when the process dies, even by
 * {@code kill -9}. With a PostgreSQL repository a session advisory lock also holds across machines. Whoever holds the lock knows that an execution of the period still marked as running belongs to
 * a dead process.
 */
public final class PeriodLock implements AutoCloseable {

	/** The locks this process holds, by period. */
	private static final Map<String, PeriodLock> HELD = new ConcurrentHashMap<>();

	private final String period;

	private final String owner;

	/** The lock files held, the state directory's first; each channel holds its lock until it is closed. */
	private final List<FileChannel> channels = new ArrayList<>();

	private Connection advisory;

	private PeriodLock(String period, String owner) {
		this.period = period;
		this.owner = owner;
	}

	/**
	 * @param jdbcUrl the repository, to take a PostgreSQL advisory lock too; {@code null} for the default
	 * @throws UserError with {@link ExitCode#BUSY} when another process holds the period
	 */
	public static PeriodLock acquire(Path stateDirectory, String period, String jdbcUrl) {
		PeriodLock held = new PeriodLock(period, owner());
		try {
			held.lock(stateDirectory.resolve("locks").resolve(period + ".lock"), "");
			held.advisory = advisoryLock(jdbcUrl, period);
		}
		catch (RuntimeException ex) {
			held.close();
			throw ex;
		}
		HELD.put(period, held);
		return held;
	}

	/**
	 * Also locks the period in the output root, where it is published: two working directories (two job
	 * repositories) may name one {@code --output}, and only one process at a time may publish a period there.
	 * @throws UserError with {@link ExitCode#BUSY} when another process holds it
	 */
	public void lockOutput(Path outputRoot) {
		lock(outputRoot.resolve("." + this.period + ".lock"), " publishing into " + outputRoot);
	}

	private void lock(Path file, String where) {
		FileChannel channel = null;
		try {
			Files.createDirectories(file.getParent());
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				String owner = Files.readString(file, StandardCharsets.UTF_8).strip();
				channel.close();
				throw busy(this.period, owner, where);
			}
			describe(channel, this.owner);
			this.channels.add(channel);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UserError(ExitCode.FAILED, "The lock file " + file + " cannot be used ("
					+ Failures.describeIo(ex) + "): check that its directory is writable, then run again.", ex);
		}
		catch (UserError ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	/** Adds the execution this process runs to what the lock files say, for {@code status}. */
	public static void noteExecution(String period, long executionId) {
		PeriodLock held = HELD.get(period);
		if (held != null) {
			for (FileChannel channel : held.channels) {
				try {
					describe(channel, held.owner + ", execution " + executionId);
				}
				catch (IOException ex) {
					// the note is for people; the lock itself holds
				}
			}
		}
	}

	private static void describe(FileChannel channel, String text) throws IOException {
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
		channel.force(false);
	}

	/** Who holds the lock of a period, or {@code null} when nobody does; for {@code status}. */
	public static String holder(Path stateDirectory, String period) {
		Path file = stateDirectory.resolve("locks").resolve(period + ".lock");
		if (!Files.exists(file)) {
			return null;
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				lock.release();
				return null;
			}
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static Connection advisoryLock(String jdbcUrl, String period) {
		if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
			return null;
		}
		Connection connection = null;
		try {
			connection = DriverManager.getConnection(jdbcUrl);
			try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
				statement.setLong(1, advisoryKey(period));
				try (ResultSet result = statement.executeQuery()) {
					result.next();
					if (!result.getBoolean(1)) {
						connection.close();
						throw busy(period, "another process using the same PostgreSQL repository, perhaps on another machine");
					}
				}
			}
			return connection;
		}
		catch (SQLException ex) {
			throw new UserError(ExitCode.USAGE, "The job repository " + JobRepositoryLocation.withoutPassword(jdbcUrl)
					+ " cannot be reached (" + ex.getMessage() + "): check --db and that the database is running.", ex);
		}
	}

	/** A stable 64-bit key per period for {@code pg_try_advisory_lock}. */
	static long advisoryKey(String period) {
		long key = 0x5c4001;
		for (byte b : ("school-stats:" + period).getBytes(StandardCharsets.UTF_8)) {
			key = key * 1_000_003 + b;
		}
		return key;
	}

	private static UserError busy(String period, String owner) {
		return busy(period, owner, "");
	}

	private static UserError busy(String period, String owner, String where) {
		return new UserError(ExitCode.BUSY, "Period " + period + " is being run by another process" + where
				+ (owner == null || owner.isEmpty() ? "" : " (" + owner + ")")
				+ ": wait for it to finish, then run again if needed; `school-stats status` shows its progress.");
	}

	private static String owner() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			host = "unknown host";
		}
		return "pid " + ProcessHandle.current().pid() + " on " + host + " in " + Path.of("").toAbsolutePath()
				+ ", started " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
	}

	@Override
	public void close() {
		HELD.remove(this.period, this);
		try {
			if (this.advisory != null) {
				this.advisory.close();
			}
		}
		catch (SQLException ex) {
			// the session ends with the connection, and its advisory lock with it
		}
		for (FileChannel channel : this.channels) {
			closeQuietly(channel); // the lock goes with the channel
		}
		this.channels.clear();
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// nothing more to release
			}
		}
	}

}
