package org.schoolstats.registry;

/** The registry cannot be used; the message names the file, the line and the rule (section 1.1). */
public class RegistryException extends RuntimeException implements org.schoolstats.work.PlainFailure {

	public RegistryException(String message) {
		super(message);
	}

	public RegistryException(String message, Throwable cause) {
		super(message, cause);
	}

}
