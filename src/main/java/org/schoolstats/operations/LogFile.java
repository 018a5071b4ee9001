package org.schoolstats.operations;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * The log: full messages and stack traces go to {@code state/logs/school-stats.log} (or the file named by the
 * {@code LOG_FILE} system property or environment variable), rolled daily and at 20 MB, 60 days and 500 MB kept;
 * never to the console (see README, "Where things live"). Set up in code, found by logback through
 * {@code META-INF/services}, which spares every run loading an XML parser and logback's configuration model;
 * {@code -Dlogback.configurationFile=...} still wins when an administrator gives one.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public class LogFile extends ContextAwareBase implements Configurator {

	private static final String DEFAULT = "state/logs/school-stats.log";

	@Override
	public ExecutionStatus configure(LoggerContext context) {
		if (System.getProperty("logback.configurationFile") != null) {
			return ExecutionStatus.INVOKE_NEXT_IF_ANY;
		}
		String file = location();

		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setCharset(StandardCharsets.UTF_8);
		encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{40} - %msg%n");
		encoder.start();

		RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
		appender.setContext(context);
		appender.setName("FILE");
		appender.setFile(file);
		appender.setEncoder(encoder);

		SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
		rolling.setContext(context);
		rolling.setParent(appender);
		rolling.setFileNamePattern(file + ".%d{yyyy-MM-dd}.%i.gz");
		rolling.setMaxFileSize(FileSize.valueOf("20MB"));
		rolling.setMaxHistory(60);
		rolling.setTotalSizeCap(FileSize.valueOf("500MB"));
		rolling.start();
		appender.setRollingPolicy(rolling);
		appender.start();

		context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
		ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.INFO);
		root.addAppender(appender);
		return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
	}

	/** Where the log goes: {@code LOG_FILE} as a system property or in the environment, else the default. */
	static String location() {
		String file = System.getProperty("LOG_FILE");
		if (file == null || file.isBlank()) {
			file = System.getenv("LOG_FILE");
		}
		return file == null || file.isBlank() ? DEFAULT : file;
	}

}
