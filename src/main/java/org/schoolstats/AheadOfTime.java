package org.schoolstats;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.util.ClassUtils;

/**
 * Spring prepared ahead of time. The build (Spring Boot's {@code process-aot}, see pom.xml) runs this class to
 * work out the application's bean definitions once, and writes them as code into the jar; a run then starts Spring
 * from that code instead of reading configuration classes and evaluating conditions, which saves every run most of
 * a second. The command line is not the entry point for this because it does its own work before starting Spring.
 */
public final class AheadOfTime {

	private static final String INITIALIZER = AheadOfTime.class.getName() + "__ApplicationContextInitializer";

	private static final String ENABLED = "spring.aot.enabled";

	private AheadOfTime() {
	}

	/** Only for the build's AOT processing. */
	public static void main(String[] args) {
		new SpringApplicationBuilder(SchoolStatsApplication.class).main(AheadOfTime.class).run(args);
	}

	/**
	 * The application to start: from the code prepared at build time when the jar has it, unless
	 * {@code -Dspring.aot.enabled=false} asks for the ordinary start.
	 */
	public static SpringApplicationBuilder application() {
		SpringApplicationBuilder application = new SpringApplicationBuilder(SchoolStatsApplication.class);
		if (isUsed()) {
			System.setProperty(ENABLED, "true");
			application.main(AheadOfTime.class);
		}
		return application;
	}

	/** Whether {@link #application()} starts Spring from the code prepared at build time. */
	public static boolean isUsed() {
		String enabled = System.getProperty(ENABLED);
		return (enabled == null || Boolean.parseBoolean(enabled))
				&& ClassUtils.isPresent(INITIALIZER, AheadOfTime.class.getClassLoader());
	}

}
