package org.schoolstats.operations;

import java.io.IOException;
import java.net.InetAddress;

/** The process that runs an execution: its id and host, as recorded in the execution context. */
public record Owner(long pid, String host) {

	public static Owner current() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			host = "unknown";
		}
		return new Owner(ProcessHandle.current().pid(), host);
	}

	public static Owner parse(String text) {
		if (text == null || !text.startsWith("pid ")) {
			return null;
		}
		int on = text.indexOf(" on ");
		try {
			return new Owner(Long.parseLong(text.substring(4, on)), text.substring(on + 4));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** Whether this owner is a live school-stats process on this machine. */
	public boolean isAliveHere() {
		if (!this.host.equals(current().host())) {
			return false;
		}
		return ProcessHandle.of(this.pid)
			.filter(ProcessHandle::isAlive)
			.map((process) -> process.info().commandLine().orElse("").contains("school-stats"))
			.orElse(false);
	}

	@Override
	public String toString() {
		return "pid " + this.pid + " on " + this.host;
	}

}
