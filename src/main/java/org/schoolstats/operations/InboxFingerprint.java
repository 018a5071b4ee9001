package org.schoolstats.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.schoolstats.csv.TextFile;
import org.schoolstats.registry.Registry;
import org.schoolstats.submission.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SHA-256 of everything a run reads (the registry and every submission file with its path): the inbox is
 * unchanged when its fingerprint is. Made from a scan of the inbox, which the run then reuses.
 */
record InboxFingerprint(String value, Inbox inbox) {

	private static final Logger log = LoggerFactory.getLogger(InboxFingerprint.class);

	static InboxFingerprint of(Path input) {
		long started = System.nanoTime();
		Path registry = input.resolve(Registry.FILE_NAME);
		String registrySha256;
		try {
			registrySha256 = Files.isRegularFile(registry) ? TextFile.sha256(registry) : "missing";
		}
		catch (IOException ex) {
			registrySha256 = "unreadable";
		}
		Inbox inbox = Inbox.scan(input);
		log.info("Inbox {} scanned in {} ms: {} files", input, (System.nanoTime() - started) / 1_000_000,
				inbox.files().size());
		return new InboxFingerprint(inbox.fingerprint(registrySha256), inbox);
	}

	/** The result of a scan made in the background; its failure (an unreadable file) as it was thrown. */
	static InboxFingerprint await(CompletableFuture<InboxFingerprint> scan) {
		try {
			return scan.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

}
