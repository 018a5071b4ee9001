package org.schoolstats.submission;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scans of inboxes this process has already made, by directory and fingerprint. The command line scans the inbox
 * to decide what to run (its fingerprint says whether it changed); the job then takes that scan instead of reading
 * every file a second time. A scan is held softly: one the job never takes (a resumed run whose scan step is done)
 * gives way when memory runs short, and a step that finds it gone scans again.
 */
public class InboxScans {

	private record Key(Path directory, String fingerprint) {
	}

	private final Map<Key, SoftReference<Inbox>> scans = new ConcurrentHashMap<>();

	public void remember(Path directory, String fingerprint, Inbox inbox) {
		this.scans.put(new Key(directory, fingerprint), new SoftReference<>(inbox));
	}

	/** The scan of this directory with this fingerprint, or {@code null}; a scan is taken once. */
	public Inbox take(Path directory, String fingerprint) {
		SoftReference<Inbox> scan = fingerprint == null ? null : this.scans.remove(new Key(directory, fingerprint));
		return scan == null ? null : scan.get();
	}

}
