package org.schoolstats.publish.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes {@code report.html} (section 3.9) from its {@link Report} with the template {@code report.html} next to
 * this class: Thymeleaf in standalone mode, whose {@code th:text} escapes every name, so that a county called
 * {@code <img src=x>} shows as those characters. The page is one self-contained file: its style and charts are
 * inline, it has no script and loads nothing.
 */
public final class ReportWriter {

	public static final String FILE_NAME = "report.html";

	private static final TemplateEngine ENGINE = engine();

	private ReportWriter() {
	}

	private static TemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportWriter.class.getClassLoader());
		resolver.setPrefix(ReportWriter.class.getPackageName().replace('.', '/') + "/");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		TemplateEngine engine = new TemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	/** Writes the page, UTF-8, into the file, replacing it. */
	public static void write(Report report, Path file) throws IOException {
		Context context = new Context(Locale.ROOT);
		context.setVariable("report", report);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			ENGINE.process(FILE_NAME, context, out);
		}
	}

	/** The page as text, for tests. */
	static String render(Report report) {
		Context context = new Context(Locale.ROOT);
		context.setVariable("report", report);
		return ENGINE.process(FILE_NAME, context);
	}

}
