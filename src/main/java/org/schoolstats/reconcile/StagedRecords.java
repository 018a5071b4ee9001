package org.schoolstats.reconcile;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.schoolstats.submission.Checked;
import org.schoolstats.submission.Reason;

/**
 * The binary form of staged records. Values keep every character they had (including line breaks and NUL) and
 * have no length limit, so a 2 MB free-text value survives staging unchanged.
 */
public final class StagedRecords {

	private static final Reason[] REASONS = Reason.values();

	/** Millions of values are read back; one buffer per thread saves an array per value. */
	private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[256]);

	private StagedRecords() {
	}

	/** @return the number of bytes written */
	public static long write(DataOutputStream out, Checked.Accepted row) throws IOException {
		out.writeInt(row.fileIndex());
		out.writeLong(row.line());
		out.writeShort(row.values().length);
		// Counted here, not with DataOutputStream.size(), an int that stops at 2 GB.
		long bytes = 4 + 8 + 2;
		for (String value : row.values()) {
			bytes += writeString(out, value);
		}
		return bytes;
	}

	/** @return the next row, or {@code null} at the end of the stream */
	public static Checked.Accepted readAccepted(DataInputStream in) throws IOException {
		int fileIndex;
		try {
			fileIndex = in.readInt();
		}
		catch (EOFException end) {
			return null;
		}
		long line = in.readLong();
		String[] values = new String[in.readShort()];
		for (int i = 0; i < values.length; i++) {
			values[i] = readString(in);
		}
		return new Checked.Accepted(fileIndex, line, values);
	}

	/** @return the number of bytes written */
	public static long write(DataOutputStream out, Checked.Rejected reject) throws IOException {
		out.writeInt(reject.fileIndex());
		out.writeLong(reject.line());
		out.writeByte(reject.reason().ordinal());
		return 4 + 8 + 1 + writeString(out, reject.schoolCode()) + writeString(out, reject.detail());
	}

	/** @return the next reject, or {@code null} at the end of the stream */
	public static Checked.Rejected readRejected(DataInputStream in) throws IOException {
		int fileIndex;
		try {
			fileIndex = in.readInt();
		}
		catch (EOFException end) {
			return null;
		}
		long line = in.readLong();
		Reason reason = REASONS[in.readByte()];
		return new Checked.Rejected(fileIndex, line, readString(in), reason, readString(in));
	}

	private static long writeString(DataOutputStream out, String value) throws IOException {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
		return 4L + bytes.length;
	}

	private static String readString(DataInputStream in) throws IOException {
		int length = in.readInt();
		byte[] buffer = BUFFER.get();
		if (buffer.length < length) {
			buffer = new byte[Math.max(length, buffer.length * 2)];
			BUFFER.set(buffer);
		}
		in.readFully(buffer, 0, length);
		return new String(buffer, 0, length, StandardCharsets.UTF_8);
	}

}
