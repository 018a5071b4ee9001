package org.schoolstats.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.schoolstats.csv.TextFile;
import org.schoolstats.registry.Registry;
import org.schoolstats.submission.Inbox;

/** The SHA-256 of everything a run reads: the inbox is unchanged when its fingerprint is. */
final class InboxFingerprint {

	private InboxFingerprint() {
	}

	static String of(Path input) {
		Path registry = input.resolve(Registry.FILE_NAME);
		String registrySha256;
		try {
			registrySha256 = Files.isRegularFile(registry) ? TextFile.sha256(registry) : "missing";
		}
		catch (IOException ex) {
			registrySha256 = "unreadable";
		}
		return Inbox.scan(input).fingerprint(registrySha256);
	}

}
