package org.schoolstats.reconcile;

import java.io.IOException;

import org.schoolstats.submission.Checked;
import org.schoolstats.submission.Reason;

/**
 * The binary form of staged records. Values keep every character they had (including line breaks and NUL) and
 * have no length limit, so a 2 MB free-text value survives staging unchanged.
 */
public final class StagedRecords {

	private static final Reason[] REASONS = Reason.values();

	private StagedRecords() {
	}

	/** @return the number of bytes written */
	public static long write(StagedOutput out, Checked.Accepted row) throws IOException {
		long start = out.written();
		out.writeInt(row.fileIndex());
		out.writeLong(row.line());
		out.writeShort(row.values().length);
		for (String value : row.values()) {
			out.writeString(value);
		}
		return out.written() - start;
	}

	/** @return the next row, or {@code null} at the end of the stream */
	public static Checked.Accepted readAccepted(StagedInput in) throws IOException {
		if (in.atEnd()) {
			return null;
		}
		int fileIndex = in.readInt();
		long line = in.readLong();
		String[] values = new String[in.readShort()];
		for (int i = 0; i < values.length; i++) {
			values[i] = in.readString();
		}
		return new Checked.Accepted(fileIndex, line, values);
	}

	/** @return the number of bytes written */
	public static long write(StagedOutput out, Checked.Rejected reject) throws IOException {
		long start = out.written();
		out.writeInt(reject.fileIndex());
		out.writeLong(reject.line());
		out.writeByte(reject.reason().ordinal());
		out.writeString(reject.schoolCode());
		out.writeString(reject.detail());
		return out.written() - start;
	}

	/** @return the next reject, or {@code null} at the end of the stream */
	public static Checked.Rejected readRejected(StagedInput in) throws IOException {
		if (in.atEnd()) {
			return null;
		}
		int fileIndex = in.readInt();
		long line = in.readLong();
		Reason reason = REASONS[in.readByte()];
		return new Checked.Rejected(fileIndex, line, in.readString(), reason, in.readString());
	}

}
