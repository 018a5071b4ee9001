package org.schoolstats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Decides how a file is decoded and opens it decoded (section 1, "Encoding"). The decision uses a
 * {@link CharsetDecoder} that reports errors: {@code new String(bytes, UTF_8)} would quietly replace bad bytes.
 * Files up to 1 MB (nearly every return) are read whole; larger ones are streamed, so memory stays bounded
 * whatever their size.
 */
public final class TextFile {

	private static final int BUFFER = 64 * 1024;

	/** Files up to this size are read whole, in one go; larger ones are streamed, so memory stays bounded. */
	private static final long WHOLE = 1024 * 1024;

	private static final String SAVE_AS = "open it in Excel or WPS and save it as \"CSV UTF-8 (comma delimited)\"";

	/** What a first pass over the bytes found: the SHA-256, the size, the encoding, and if it is unknown, why. */
	public record Inspection(String sha256, long bytes, TextEncoding encoding, String problem) {
	}

	private TextFile() {
	}

	public static Inspection inspect(Path path) throws IOException {
		Whole whole = readIfSmall(path);
		if (whole != null) {
			return inspect(whole.bytes(), whole.length());
		}
		MessageDigest sha256 = sha256();
		Validity utf8 = new Validity(StandardCharsets.UTF_8, BUFFER);
		byte[] head = new byte[3];
		int headLength = 0;
		long total = 0;
		try (InputStream in = Files.newInputStream(path)) {
			byte[] buffer = new byte[BUFFER];
			int n;
			while ((n = in.read(buffer)) > 0) {
				sha256.update(buffer, 0, n);
				for (int i = 0; i < n && headLength < 3; i++) {
					head[headLength++] = buffer[i];
				}
				utf8.feed(buffer, n);
				total += n;
			}
		}
		utf8.finish();
		return decide(HexFormat.of().formatHex(sha256.digest()), total, head, headLength,
				utf8.valid() ? -1 : utf8.firstBadByte(), () -> isValid(path, TextEncoding.GB18030.charset()));
	}

	/** The same for a file read whole: most returns are a few kilobytes. */
	private static Inspection inspect(byte[] bytes, int length) throws IOException {
		return decide(sha256(bytes, length), length, bytes, length,
				Utf8.firstInvalid(bytes, length), () -> {
					Validity gb18030 = new Validity(TextEncoding.GB18030.charset(), length);
					gb18030.feed(bytes, length);
					gb18030.finish();
					return gb18030.valid();
				});
	}

	/** Whether the bytes are GB18030 text, asked only when they are not UTF-8. */
	private interface Gb18030Check {

		boolean passes() throws IOException;

	}

	/**
	 * The decision, whether the file was read whole or streamed: UTF-16 is refused, then UTF-8, then a file that
	 * claims UTF-8 by its byte-order mark is refused, then GB18030, then neither.
	 *
	 * @param head the first bytes of the file (at most three are looked at)
	 * @param firstBadUtf8 the index of the first byte that is not UTF-8, or -1
	 */
	private static Inspection decide(String hash, long total, byte[] head, int headLength, long firstBadUtf8,
			Gb18030Check gb18030) throws IOException {
		boolean utf16Bom = headLength >= 2 && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
				|| ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF));
		if (utf16Bom) {
			return new Inspection(hash, total, TextEncoding.UNKNOWN,
					"the file is saved as UTF-16 (\"Unicode text\"), which is not read; " + SAVE_AS);
		}
		if (firstBadUtf8 < 0) {
			return new Inspection(hash, total, TextEncoding.UTF_8, null);
		}
		boolean utf8Bom = headLength >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
				&& (head[2] & 0xFF) == 0xBF;
		if (utf8Bom) {
			return new Inspection(hash, total, TextEncoding.UNKNOWN, "the file starts with a UTF-8 byte-order mark but byte "
					+ (firstBadUtf8 + 1) + " is not valid UTF-8; " + SAVE_AS);
		}
		if (gb18030.passes()) {
			return new Inspection(hash, total, TextEncoding.GB18030, null);
		}
		return new Inspection(hash, total, TextEncoding.UNKNOWN, neither(firstBadUtf8));
	}

	private static String neither(long firstBadByte) {
		return "byte " + (firstBadByte + 1)
				+ " is neither UTF-8 nor GB18030 (GBK) text, so the file may be damaged or not a CSV file; " + SAVE_AS;
	}

	/** Opens the file decoded with the given encoding, without its leading U+FEFF (whatever the encoding). */
	public static Reader open(Path path, TextEncoding encoding) throws IOException {
		return open(path, encoding, false).reader();
	}

	/**
	 * Opens the file decoded as {@link #open} does, hashing the very bytes that are decoded, so that a caller can
	 * tell whether they are the bytes it inspected earlier: a file may be rewritten in between.
	 */
	public static Opened openHashed(Path path, TextEncoding encoding) throws IOException {
		return open(path, encoding, true);
	}

	/** @param hashed whether the bytes go through SHA-256 as they are read (only callers who ask pay for it) */
	private static Opened open(Path path, TextEncoding encoding, boolean hashed) throws IOException {
		Whole whole = readIfSmall(path);
		if (whole != null) {
			// The encoding was chosen because every byte decodes in it: nothing here is replaced.
			String text = new String(whole.bytes(), 0, whole.length(), encoding.charset());
			return new Opened(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), null,
					hashed ? sha256(whole.bytes(), whole.length()) : null);
		}
		InputStream file = Files.newInputStream(path);
		DigestInputStream digested = hashed ? new DigestInputStream(file, sha256()) : null;
		CharsetDecoder decoder = encoding.charset()
			.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		PushbackReader reader = new PushbackReader(new InputStreamReader(hashed ? digested : file, decoder), 1);
		int first = reader.read();
		if (first != -1 && first != '\uFEFF') {
			reader.unread(first);
		}
		return new Opened(reader, digested, null);
	}

	/** A file opened decoded, with the SHA-256 of its bytes as they were read. */
	public static final class Opened {

		private final Reader reader;

		private final DigestInputStream streamed;

		private String sha256;

		private Opened(Reader reader, DigestInputStream streamed, String sha256) {
			this.reader = reader;
			this.streamed = streamed;
			this.sha256 = sha256;
		}

		public Reader reader() {
			return this.reader;
		}

		/** The SHA-256 of all the file's bytes, as read by this reader; call it before closing the reader. */
		public String sha256() throws IOException {
			if (this.sha256 == null) {
				byte[] rest = new byte[BUFFER];
				while (this.streamed.read(rest) >= 0) {
					// the part the reader has not asked for yet goes through the digest too
				}
				this.sha256 = HexFormat.of().formatHex(this.streamed.getMessageDigest().digest());
			}
			return this.sha256;
		}

	}

	/** The first {@code length} bytes of a buffer. */
	private record Whole(byte[] bytes, int length) {
	}

	/** The bytes of a file of at most {@link #WHOLE} bytes, read in one go; {@code null} for a larger file. */
	private static Whole readIfSmall(Path path) throws IOException {
		try (SeekableByteChannel channel = Files.newByteChannel(path)) {
			long size = channel.size();
			if (size > WHOLE) {
				return null;
			}
			// One byte more than the size, to see a file that grew while it was read (it is then read streamed).
			ByteBuffer buffer = ByteBuffer.allocate((int) size + 1);
			while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
				// read until full, or until the end of the file
			}
			return buffer.position() > size ? null : new Whole(buffer.array(), buffer.position());
		}
	}

	public static String sha256(Path path) throws IOException {
		MessageDigest sha256 = sha256();
		try (InputStream in = Files.newInputStream(path)) {
			byte[] buffer = new byte[BUFFER];
			int n;
			while ((n = in.read(buffer)) > 0) {
				sha256.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	public static String sha256(byte[] bytes) {
		return sha256(bytes, bytes.length);
	}

	/** The SHA-256 of the first {@code length} bytes. */
	private static String sha256(byte[] bytes, int length) {
		MessageDigest digest = sha256();
		digest.update(bytes, 0, length);
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static boolean isValid(Path path, Charset charset) throws IOException {
		Validity validity = new Validity(charset, BUFFER);
		try (InputStream in = Files.newInputStream(path)) {
			byte[] buffer = new byte[BUFFER];
			int n;
			while (validity.valid() && (n = in.read(buffer)) > 0) {
				validity.feed(buffer, n);
			}
		}
		validity.finish();
		return validity.valid();
	}

	/** Streams bytes through a reporting decoder and remembers where the first bad byte was. */
	private static final class Validity {

		private final CharsetDecoder decoder;

		private final ByteBuffer in;

		private final CharBuffer out;

		private long consumed;

		private long firstBadByte = -1;

		Validity(Charset charset, int bufferSize) {
			this.decoder = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			this.in = ByteBuffer.allocate(bufferSize + 16);
			this.out = CharBuffer.allocate(bufferSize);
		}

		boolean valid() {
			return this.firstBadByte < 0;
		}

		long firstBadByte() {
			return this.firstBadByte;
		}

		void feed(byte[] bytes, int length) {
			int offset = 0;
			while (valid() && offset < length) {
				int chunk = Math.min(length - offset, this.in.remaining());
				this.in.put(bytes, offset, chunk);
				offset += chunk;
				this.in.flip();
				decode(false);
				this.in.compact();
			}
		}

		void finish() {
			if (!valid()) {
				return;
			}
			this.in.flip();
			decode(true);
			if (valid()) {
				this.out.clear();
				CoderResult result = this.decoder.flush(this.out);
				if (result.isError()) {
					this.firstBadByte = this.consumed + this.in.position();
				}
			}
		}

		private void decode(boolean endOfInput) {
			int start = this.in.position();
			while (true) {
				this.out.clear();
				CoderResult result = this.decoder.decode(this.in, this.out, endOfInput);
				if (result.isError()) {
					this.firstBadByte = this.consumed + this.in.position() - start;
					break;
				}
				if (result.isUnderflow()) {
					break;
				}
			}
			this.consumed += this.in.position() - start;
		}

	}

}
