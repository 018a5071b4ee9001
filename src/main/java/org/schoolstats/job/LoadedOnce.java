package org.schoolstats.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.schoolstats.indicator.Totals;
import org.schoolstats.registry.Registry;
import org.schoolstats.submission.Inbox;
import org.schoolstats.work.WorkArea;

/**
 * The registry, the inbox listing and the totals, read once per process and shared by every step and worker that
 * needs them (each read step's workers, its partitioner and the steps after it). What a step of this process has
 * just written is kept as it was made, not read back. A file is read again if its size or time changed.
 */
public class LoadedOnce {

	private record Key(Path file, long size, long modified) {
	}

	private final Map<Key, Registry> registries = new ConcurrentHashMap<>();

	private final Map<Key, Inbox> listings = new ConcurrentHashMap<>();

	private final Map<Key, Totals> totals = new ConcurrentHashMap<>();

	public Registry registry(Path inputDirectory) {
		Path file = inputDirectory.resolve(Registry.FILE_NAME);
		return load(this.registries, file, (key) -> Registry.load(inputDirectory));
	}

	public Inbox listing(WorkArea work) {
		Path file = work.inboxListing();
		return load(this.listings, file, (key) -> WorkArea.readJson(file, Inbox.class));
	}

	/** Remembers the listing the scan step has just written into the work area, for the steps of this process. */
	public void keptListing(WorkArea work, Inbox inbox) {
		remember(this.listings, work.inboxListing(), inbox);
	}

	/** The totals reconciliation left in the work area: those it just made in this process, or read from the file. */
	public Totals totals(WorkArea work) {
		return load(this.totals, work.totals(), (key) -> Totals.read(work));
	}

	/** Remembers the totals reconciliation has just written into the work area, for the steps of this process. */
	public void keptTotals(WorkArea work, Totals totals) {
		remember(this.totals, work.totals(), totals);
	}

	private static <T> void remember(Map<Key, T> loaded, Path file, T value) {
		Key key = keyOf(file);
		if (key != null) {
			loaded.put(key, value);
		}
	}

	private static <T> T load(Map<Key, T> loaded, Path file, Function<Key, T> loader) {
		Key key = keyOf(file);
		if (key == null) {
			return loader.apply(null); // let the loader say what is wrong with the file
		}
		return loaded.computeIfAbsent(key, loader);
	}

	private static Key keyOf(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new Key(file.toAbsolutePath(), attributes.size(), attributes.lastModifiedTime().toMillis());
		}
		catch (IOException ex) {
			return null;
		}
	}

}
