package org.schoolstats.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A headless Chromium, to render report.html (section 3.9) as a reader's browser does: to a PNG screenshot and to a
 * PDF as it prints. Debian's {@code chromium} with {@code fonts-noto-cjk} (.ci/run installs both); the binary may be
 * named by {@value #BINARY_VARIABLE}. Without it, or without a font that covers Chinese, the test class is skipped
 * with the reason, unless {@value #REQUIRE_VARIABLE}{@code =1}, when it fails: CI must not pass by skipping.
 * <p>
 * The flags are those that work as root in a container ({@code /work/shared/PITFALLS.md}): no sandbox, no GPU, no
 * background networking, a fresh profile for every render.
 */
public final class Chromium implements ExecutionCondition {

	public static final String BINARY_VARIABLE = "SCHOOL_STATS_CHROMIUM";

	public static final String REQUIRE_VARIABLE = "SCHOOL_STATS_REQUIRE_CHROMIUM";

	private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

	/** A render of a small page takes a few seconds; a busy machine with several builds may take much longer. */
	private static final long TIMEOUT_SECONDS = 180;

	private static final Pattern FONT_NAME = Pattern.compile("/FontName\\s*/(?:[A-Z]{6}\\+)?([A-Za-z0-9-]+)");

	private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");

	private static final Pattern MEDIA_BOX = Pattern
		.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
			return ConditionEvaluationResult.enabled(REQUIRE_VARIABLE + "=1: the browser tests must run");
		}
		if (binary() == null) {
			String named = System.getenv(BINARY_VARIABLE);
			String missing = named == null || named.isBlank() ? "Chromium is not installed"
					: BINARY_VARIABLE + " names " + named + ", which is not an executable file";
			return ConditionEvaluationResult.disabled(missing + " (Debian: apt-get install chromium fonts-noto-cjk; "
					+ ".ci/run installs it), so report.html is not rendered in a browser here; the browser tests are "
					+ "skipped.");
		}
		if (chineseFontFamilies().isEmpty()) {
			return ConditionEvaluationResult.disabled("No installed font covers Chinese (Debian: apt-get install "
					+ "fonts-noto-cjk), so report.html would render its names as empty boxes; the browser tests are "
					+ "skipped.");
		}
		return ConditionEvaluationResult.enabled("Chromium and a Chinese font are installed");
	}

	/**
	 * The Chromium binary: the one {@value #BINARY_VARIABLE} names, or the first of the usual names on the PATH;
	 * {@code null} when there is none (or the one named is not executable).
	 */
	public static Path binary() {
		String named = System.getenv(BINARY_VARIABLE);
		if (named != null && !named.isBlank()) {
			return Files.isExecutable(Path.of(named)) ? Path.of(named) : null;
		}
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			for (String name : NAMES) {
				Path candidate = Path.of(directory, name);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

	/**
	 * The families of the installed fonts that cover Chinese, as fontconfig names them, lower case without spaces
	 * ({@code notosanscjksc}); empty when there is none, or no fontconfig.
	 */
	public static Set<String> chineseFontFamilies() {
		Set<String> families = new HashSet<>();
		try {
			Process process = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
			String listed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) {
				for (String line : listed.split("\n")) {
					for (String family : line.split(",")) {
						if (!family.isBlank()) {
							families.add(normalised(family));
						}
					}
				}
			}
		}
		catch (IOException ex) {
			return families;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return families;
	}

	/** Renders a page at the window's size to a PNG; fails when Chromium fails or writes nothing. */
	public static BufferedImage screenshot(Path page, Path png, int width, int height) {
		run(png, "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
				page.toAbsolutePath().toUri().toString());
		try {
			BufferedImage image = ImageIO.read(png.toFile());
			assertThat(image).as(png + " is a PNG image").isNotNull();
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What Chromium printed a page to: its pages, their size in points, and the names of its embedded fonts. */
	public record Pdf(int pages, List<double[]> mediaBoxes, List<String> fonts) {
	}

	/** Prints a page to a PDF as a reader's browser would (its print stylesheet, no header or footer). */
	public static Pdf printToPdf(Path page, Path pdf) {
		run(pdf, "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(),
				page.toAbsolutePath().toUri().toString());
		byte[] bytes = Published.bytes(pdf);
		// PDF syntax is ASCII; ISO-8859-1 keeps every byte of the binary streams as one character.
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		assertThat(text).as(pdf + " is a PDF").startsWith("%PDF-");
		int pages = 0;
		for (Matcher matcher = PAGE.matcher(text); matcher.find();) {
			pages++;
		}
		List<double[]> boxes = new ArrayList<>();
		for (Matcher matcher = MEDIA_BOX.matcher(text); matcher.find();) {
			boxes.add(new double[] { Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)) });
		}
		List<String> fonts = new ArrayList<>();
		for (Matcher matcher = FONT_NAME.matcher(text); matcher.find();) {
			fonts.add(matcher.group(1));
		}
		return new Pdf(pages, boxes, fonts);
	}

	/** A font or family name as {@link #chineseFontFamilies()} gives it: lower case, no spaces. */
	public static String normalised(String name) {
		return name.strip().replace(" ", "").toLowerCase(Locale.ROOT);
	}

	private static void run(Path output, String... arguments) {
		Path binary = binary();
		assertThat(binary).as("Chromium (" + REQUIRE_VARIABLE + "=1 asks for it)").isNotNull();
		try {
			Files.createDirectories(output.toAbsolutePath().getParent());
			Files.deleteIfExists(output);
			Path profile = Files.createTempDirectory("chromium-profile");
			Path log = Files.createTempFile("chromium", ".log");
			List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
					"--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
					"--disable-component-update", "--no-first-run", "--disable-sync", "--hide-scrollbars",
					"--user-data-dir=" + profile));
			command.addAll(List.of(arguments));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			try {
				boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
				if (!ended) {
					process.descendants().forEach(ProcessHandle::destroyForcibly);
					process.destroyForcibly();
				}
				String printed = Files.readString(log, StandardCharsets.UTF_8);
				assertThat(ended).as("Chromium rendered within " + TIMEOUT_SECONDS + " s:\n" + printed).isTrue();
				assertThat(process.exitValue()).as("Chromium's exit code:\n" + printed).isZero();
				assertThat(output).as("Chromium wrote " + output + ":\n" + printed).isNotEmptyFile();
			}
			finally {
				org.springframework.util.FileSystemUtils.deleteRecursively(profile);
				Files.deleteIfExists(log);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
