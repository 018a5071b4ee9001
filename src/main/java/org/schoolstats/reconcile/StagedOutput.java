package org.schoolstats.reconcile;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes staged records into a buffer of its own and counts every byte as a {@code long}. (A DataOutputStream on
 * a BufferedOutputStream takes a lock for every byte of an int, and counts in an int that stops at 2 GB.)
 */
public final class StagedOutput implements Closeable {

	private final OutputStream out;

	private byte[] buffer = new byte[64 * 1024];

	/** The characters of the value being written. */
	private char[] chars = new char[256];

	private int used;

	private long written;

	private StagedOutput(OutputStream out) {
		this.out = out;
	}

	public static StagedOutput to(OutputStream out) {
		return new StagedOutput(out);
	}

	/** A new file, or an existing one written on at its end. */
	public static StagedOutput append(Path file) throws IOException {
		return new StagedOutput(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
	}

	public static StagedOutput create(Path file) throws IOException {
		return new StagedOutput(Files.newOutputStream(file));
	}

	/** The bytes written through this output so far. */
	public long written() {
		return this.written;
	}

	void writeByte(int value) throws IOException {
		room(1);
		this.buffer[this.used++] = (byte) value;
		this.written++;
	}

	void writeShort(int value) throws IOException {
		room(2);
		this.buffer[this.used++] = (byte) (value >>> 8);
		this.buffer[this.used++] = (byte) value;
		this.written += 2;
	}

	void writeInt(int value) throws IOException {
		room(4);
		for (int shift = 24; shift >= 0; shift -= 8) {
			this.buffer[this.used++] = (byte) (value >>> shift);
		}
		this.written += 4;
	}

	void writeLong(long value) throws IOException {
		room(8);
		for (int shift = 56; shift >= 0; shift -= 8) {
			this.buffer[this.used++] = (byte) (value >>> shift);
		}
		this.written += 8;
	}

	/** The UTF-8 bytes of the value after their number, as {@code String.getBytes(UTF_8)} gives them. */
	void writeString(String value) throws IOException {
		int n = value.length();
		room(4 + 3 * n); // a char takes at most 3 bytes; a pair of them 4
		// The characters are taken out in one go: charAt would check the index and the string's coding each time.
		char[] chars = this.chars;
		if (chars.length < n) {
			chars = new char[Math.max(n, 2 * chars.length)];
			this.chars = chars;
		}
		value.getChars(0, n, chars, 0);
		byte[] b = this.buffer;
		int start = this.used + 4;
		int at = start;
		int i = 0;
		while (i < n && chars[i] < 0x80) { // codes, numbers and dates: ASCII from start to end
			b[at++] = (byte) chars[i++];
		}
		for (; i < n; i++) {
			char c = chars[i];
			if (c < 0x80) {
				b[at++] = (byte) c;
			}
			else if (c < 0x800) {
				b[at++] = (byte) (0xC0 | (c >> 6));
				b[at++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
					int codePoint = Character.toCodePoint(c, chars[++i]);
					b[at++] = (byte) (0xF0 | (codePoint >> 18));
					b[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
					b[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
					b[at++] = (byte) (0x80 | (codePoint & 0x3F));
				}
				else {
					b[at++] = '?'; // what String.getBytes does with a lone surrogate
				}
			}
			else {
				b[at++] = (byte) (0xE0 | (c >> 12));
				b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				b[at++] = (byte) (0x80 | (c & 0x3F));
			}
		}
		int length = at - start;
		for (int k = 0; k < 4; k++) {
			b[this.used + k] = (byte) (length >>> (24 - 8 * k));
		}
		this.used = at;
		this.written += 4 + length;
	}

	private void room(int bytes) throws IOException {
		if (this.buffer.length - this.used >= bytes) {
			return;
		}
		drain();
		if (this.buffer.length < bytes) {
			this.buffer = new byte[bytes];
		}
	}

	private void drain() throws IOException {
		this.out.write(this.buffer, 0, this.used);
		this.used = 0;
	}

	public void flush() throws IOException {
		drain();
		this.out.flush();
	}

	@Override
	public void close() throws IOException {
		try {
			drain();
		}
		finally {
			this.out.close();
		}
	}

}
