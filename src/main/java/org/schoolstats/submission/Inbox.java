package org.schoolstats.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.schoolstats.csv.Cells;
import org.schoolstats.csv.TextFile;
import org.schoolstats.registry.Registry;

/**
 * The submission files of one reporting period's inbox, in processing order (section 1, "Input layout"): every
 * file whose name ends in {@code .csv} (any case) at any depth under a category folder, sorted by the bytes of its
 * UTF-8 relative path; names starting with {@code .} are ignored; links to files are read, links to folders are
 * not followed. Each file is inspected once (SHA-256 and encoding).
 */
public record Inbox(List<SubmissionFile> files, List<String> skippedLinks) {

	public Inbox {
		skippedLinks = skippedLinks == null ? List.of() : skippedLinks; // listings written before they were noted
	}

	public Inbox(List<SubmissionFile> files) {
		this(files, List.of());
	}

	public static Inbox scan(Path inputDirectory) {
		List<SubmissionFile> all = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (Category category : Category.values()) {
			List<String> paths = findCsvFiles(inputDirectory, category.folder(), skipped);
			// Inspecting is reading every byte: worth all cores. The first unreadable file in order is the one named.
			List<Object> inspected = IntStream.range(0, paths.size())
				.parallel()
				.mapToObj((index) -> inspectOrFailure(inputDirectory, category, index, paths.get(index)))
				.toList();
			for (Object result : inspected) {
				if (result instanceof UnreadableFileException failure) {
					throw failure;
				}
				all.add((SubmissionFile) result);
			}
		}
		return new Inbox(List.copyOf(all), List.copyOf(skipped));
	}

	private static Object inspectOrFailure(Path inputDirectory, Category category, int index, String path) {
		try {
			return inspect(inputDirectory, category, index, path);
		}
		catch (UnreadableFileException failure) {
			return failure;
		}
	}

	public List<SubmissionFile> files(Category category) {
		return this.files.stream().filter((file) -> file.category() == category).toList();
	}

	/**
	 * One SHA-256 over the registry and every submission file with its path: two inboxes with the same
	 * fingerprint are byte for byte the same.
	 */
	public String fingerprint(String registrySha256) {
		StringBuilder text = new StringBuilder(Registry.FILE_NAME).append('\t').append(registrySha256).append('\n');
		for (SubmissionFile file : this.files) {
			text.append(file.path()).append('\t').append(file.sha256()).append('\n');
		}
		return TextFile.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static SubmissionFile inspect(Path inputDirectory, Category category, int index, String path) {
		try {
			TextFile.Inspection inspection = TextFile.inspect(inputDirectory.resolve(path));
			return new SubmissionFile(category, index, path, inspection.sha256(), inspection.bytes(),
					inspection.encoding(), inspection.problem());
		}
		catch (IOException ex) {
			throw new UnreadableFileException(path, describe(ex), ex);
		}
	}

	static String describe(IOException ex) {
		if (ex instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof NoSuchFileException) {
			return "it disappeared or is a link to nothing";
		}
		return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
	}

	/** @param skipped gets the links to folders found on the way, which are not followed */
	private static List<String> findCsvFiles(Path inputDirectory, String folder, List<String> skipped) {
		Path categoryDirectory = inputDirectory.resolve(folder);
		if (!Files.isDirectory(categoryDirectory)) {
			return List.of(); // a missing category folder is an empty category
		}
		List<String> found = new ArrayList<>();
		try {
			// The category folder itself may be a link: walk what it points to, name files by the link.
			Path root = categoryDirectory.toRealPath();
			Files.walkFileTree(root, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
						return FileVisitResult.SKIP_SUBTREE;
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					String name = file.getFileName().toString();
					if (name.startsWith(".")) {
						return FileVisitResult.CONTINUE;
					}
					String relative = folder + "/" + root.relativize(file).toString().replace('\\', '/');
					if (attrs.isSymbolicLink() && Files.isDirectory(file)) {
						skipped.add(relative); // a link to a folder is not followed, but it is said
						return FileVisitResult.CONTINUE;
					}
					if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
						return FileVisitResult.CONTINUE;
					}
					if (attrs.isRegularFile() || Files.isRegularFile(file)) {
						found.add(relative); // a file, or a link to one
						return FileVisitResult.CONTINUE;
					}
					throw new UnreadableFileException(relative, whatItIs(file, attrs), null);
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					String relative = folder + "/" + root.relativize(file).toString().replace('\\', '/');
					throw new UnreadableFileException(relative, describe(ex), ex);
				}

			});
		}
		catch (IOException ex) {
			throw new UnreadableFileException(folder, describe(ex), ex);
		}
		found.sort(Cells.UTF8_ORDER);
		return found;
	}

	/** Why a {@code .csv} entry that is not a regular file cannot be read, in words. */
	private static String whatItIs(Path file, BasicFileAttributes attrs) {
		if (!attrs.isSymbolicLink()) {
			return "it is not a regular file (a pipe or a device)";
		}
		if (Files.exists(file)) {
			return "it is a link to something that is not a regular file (a pipe or a device)";
		}
		try {
			file.toRealPath();
			return "it is a link to nothing";
		}
		catch (IOException ex) {
			return String.valueOf(ex.getMessage()).contains("Too many levels") ? "it is a loop of links"
					: "it is a link to nothing";
		}
	}

	/** Counts per category, for messages. */
	public Map<Category, Integer> counts() {
		Map<Category, Integer> counts = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			counts.put(category, files(category).size());
		}
		return counts;
	}

}
