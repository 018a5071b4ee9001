package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.PausedJar;
import org.schoolstats.support.PostgresDatabases;
import org.schoolstats.support.SchoolStatsJar.Result;
import org.schoolstats.support.TestInbox;

/**
 * Contract section 4 with a PostgreSQL repository whose connection is lost in the middle of a run: the run notices
 * within half a minute, fails with one sentence saying the connection was lost and what to do, and never names an
 * exception. The connection is cut by a small TCP proxy inside the test, never by stopping the shared server.
 */
class PostgresConnectionLostIT {

	@RegisterExtension
	static final PostgresDatabases postgres = new PostgresDatabases("lost");

	private static final Pattern HOST_AND_PORT = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/");

	@TempDir
	Path work;

	@Test
	void aConnectionLostMidRunIsNoticedWithinHalfAMinuteAndSaidPlainly() throws Exception {
		String url = postgres.url();
		Matcher server = HOST_AND_PORT.matcher(url);
		assertThat(server.find()).as(url).isTrue();
		try (Proxy proxy = new Proxy(server.group(1), server.group(2) == null ? 5432 : Integer.parseInt(server.group(2)))) {
			String throughProxy = server.replaceFirst("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/");
			Path input = TestInbox.in(this.work.resolve("inbox"))
				.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
				.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
				.inspections("S1.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\n")
				.path();
			Result result;
			try (PausedJar paused = PausedJar.start(this.work, "reconcile", List.of(), "run", "--input",
					input.toString(), "--output", this.work.resolve("out").toString(), "--period", "2024", "--db",
					throughProxy)) {
				proxy.cut();
				long released = System.nanoTime();
				result = paused.release();
				assertThat(Duration.ofNanos(System.nanoTime() - released)).as("noticed within half a minute")
					.isLessThan(Duration.ofSeconds(45));
			}

			assertThat(result.exitCode()).as(result.output()).isIn(ExitCode.FAILED, ExitCode.USAGE);
			assertThat(ProcessTests.assertOnePlainSentence(result)).contains("connection")
				.contains("lost")
				.doesNotContain("Exception");
		}
	}

	/** Forwards TCP connections to the server until cut; then every connection is closed and no new one accepted. */
	private static final class Proxy implements AutoCloseable {

		private final ServerSocket listener = new ServerSocket();

		private final List<Socket> sockets = new CopyOnWriteArrayList<>();

		private volatile boolean cut;

		Proxy(String host, int port) throws IOException {
			this.listener.bind(new InetSocketAddress("127.0.0.1", 0));
			Thread acceptor = new Thread(() -> {
				while (!this.cut) {
					try {
						Socket client = this.listener.accept();
						Socket upstream = new Socket(host, port);
						this.sockets.add(client);
						this.sockets.add(upstream);
						pump(client, upstream);
						pump(upstream, client);
					}
					catch (IOException ex) {
						return; // the listener was closed
					}
				}
			}, "proxy-acceptor");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return this.listener.getLocalPort();
		}

		private void pump(Socket from, Socket to) {
			Thread pump = new Thread(() -> {
				try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
					in.transferTo(out);
				}
				catch (IOException ex) {
					// the connection was cut
				}
			}, "proxy-pump");
			pump.setDaemon(true);
			pump.start();
		}

		/** Closes every forwarded connection and the listener, as a network failure would. */
		void cut() throws IOException {
			this.cut = true;
			this.listener.close();
			for (Socket socket : this.sockets) {
				socket.close();
			}
		}

		@Override
		public void close() throws IOException {
			cut();
		}

	}

}
