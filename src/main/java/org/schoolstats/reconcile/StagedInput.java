package org.schoolstats.reconcile;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads staged records back from a buffer of its own (see {@link StagedOutput}). */
public final class StagedInput implements Closeable {

	private final InputStream in;

	private byte[] buffer = new byte[64 * 1024];

	private int position;

	private int limit;

	private StagedInput(InputStream in) {
		this.in = in;
	}

	public static StagedInput from(InputStream in) {
		return new StagedInput(in);
	}

	public static StagedInput open(Path file) throws IOException {
		return new StagedInput(Files.newInputStream(file));
	}

	/** Whether the stream has ended, which it may only do between records. */
	boolean atEnd() throws IOException {
		return !fill(1);
	}

	int readByte() throws IOException {
		need(1);
		return this.buffer[this.position++] & 0xFF;
	}

	int readShort() throws IOException {
		need(2);
		int value = ((this.buffer[this.position] & 0xFF) << 8) | (this.buffer[this.position + 1] & 0xFF);
		this.position += 2;
		return (short) value;
	}

	int readInt() throws IOException {
		need(4);
		int value = 0;
		for (int i = 0; i < 4; i++) {
			value = (value << 8) | (this.buffer[this.position++] & 0xFF);
		}
		return value;
	}

	long readLong() throws IOException {
		need(8);
		long value = 0;
		for (int i = 0; i < 8; i++) {
			value = (value << 8) | (this.buffer[this.position++] & 0xFF);
		}
		return value;
	}

	String readString() throws IOException {
		int length = readInt();
		need(length);
		String value = new String(this.buffer, this.position, length, StandardCharsets.UTF_8);
		this.position += length;
		return value;
	}

	private void need(int bytes) throws IOException {
		if (!fill(bytes)) {
			throw new EOFException("A staged record is cut short: the work area was damaged, so run again with --force.");
		}
	}

	/** Makes at least this many bytes available; {@code false} at the end of the stream. */
	private boolean fill(int bytes) throws IOException {
		if (this.limit - this.position >= bytes) {
			return true;
		}
		if (this.buffer.length < bytes) {
			byte[] larger = new byte[Math.max(bytes, this.buffer.length * 2)];
			System.arraycopy(this.buffer, this.position, larger, 0, this.limit - this.position);
			this.limit -= this.position;
			this.position = 0;
			this.buffer = larger;
		}
		else {
			System.arraycopy(this.buffer, this.position, this.buffer, 0, this.limit - this.position);
			this.limit -= this.position;
			this.position = 0;
		}
		while (this.limit < bytes) {
			int n = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
			if (n < 0) {
				return false;
			}
			this.limit += n;
		}
		return true;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
