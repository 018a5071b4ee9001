package org.schoolstats.publish.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;

/**
 * Writes {@code report.html} (section 3.9) from its {@link Report} with the template {@code src/main/jte/report.jte}.
 * The template is jte, compiled to a Java class with the rest of the code (the jte Maven plugin generates it into
 * {@value #TEMPLATES}), so a run loads one class instead of starting a template engine, and a template that does not
 * fit the model fails the build rather than a run. Its HTML mode escapes every value for where it stands (text or
 * attribute), so that a county called {@code <img src=x>} shows as those characters. The page is one self-contained
 * file: its style and charts are inline, it has no script and loads nothing.
 */
public final class ReportWriter {

	public static final String FILE_NAME = "report.html";

	/** The package of the generated template classes, as the jte Maven plugin is configured in pom.xml. */
	static final String TEMPLATES = "org.schoolstats.publish.report.template";

	private static final String TEMPLATE = "report.jte";

	private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
			TEMPLATES);

	private ReportWriter() {
	}

	/** Writes the page, UTF-8, into the file, replacing it. */
	public static void write(Report report, Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			ENGINE.render(TEMPLATE, report, new WriterOutput(out));
		}
	}

	/** The page as text, for tests. */
	static String render(Report report) {
		StringOutput out = new StringOutput();
		ENGINE.render(TEMPLATE, report, out);
		return out.toString();
	}

}
