package org.schoolstats.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.junit.jupiter.api.Test;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.Reason;

/** Contract sections 2 and 3.5: staging keeps every value exactly, so nothing read is lost or altered. */
class StagedRecordsTest {

	/** A value of 2 MB of text, mixing one-, two-, three- and four-byte UTF-8 characters. */
	private static final String LARGE = "a\u00e9汉😀".repeat(2 * 1024 * 1024 / 10);

	private static final String[] AWKWARD = { "", "nul\u0000here", "line\r\nbreak", "lone\rcr", "a,b,c",
			"say \"hi\"", "😀 emoji", "  spaces kept  ", "第一小学", LARGE };

	@Test
	void acceptedRowsSurviveStagingWithEveryCharacter() throws IOException {
		Checked.Accepted first = new Checked.Accepted(0, 2, AWKWARD);
		Checked.Accepted second = new Checked.Accepted(Integer.MAX_VALUE, Long.MAX_VALUE, new String[] { "S1", "" });
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (StagedOutput out = StagedOutput.to(bytes)) {
			long written = StagedRecords.write(out, first);
			written += StagedRecords.write(out, second);
			out.flush();
			assertThat(written).isEqualTo(bytes.size());
		}

		StagedInput in = StagedInput.from(new ByteArrayInputStream(bytes.toByteArray()));
		Checked.Accepted firstBack = StagedRecords.readAccepted(in);
		Checked.Accepted secondBack = StagedRecords.readAccepted(in);

		assertThat(firstBack.fileIndex()).isZero();
		assertThat(firstBack.line()).isEqualTo(2);
		assertThat(firstBack.values()).containsExactly(AWKWARD);
		assertThat(secondBack.fileIndex()).isEqualTo(Integer.MAX_VALUE);
		assertThat(secondBack.line()).isEqualTo(Long.MAX_VALUE);
		assertThat(secondBack.values()).containsExactly("S1", "");
		assertThat(StagedRecords.readAccepted(in)).isNull();
	}

	@Test
	void rejectsSurviveStagingWithEveryCharacterAndEveryReason() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Reason[] reasons = Reason.values();
		try (StagedOutput out = StagedOutput.to(bytes)) {
			for (int i = 0; i < AWKWARD.length; i++) {
				StagedRecords.write(out, new Checked.Rejected(i, 1000L + i, AWKWARD[i],
						reasons[i % reasons.length], AWKWARD[AWKWARD.length - 1 - i]));
			}
			StagedRecords.write(out, new Checked.Rejected(3, 9, "S1", Reason.BAD_ENCODING, "detail"));
		}

		StagedInput in = StagedInput.from(new ByteArrayInputStream(bytes.toByteArray()));
		for (int i = 0; i < AWKWARD.length; i++) {
			assertThat(StagedRecords.readRejected(in)).isEqualTo(new Checked.Rejected(i, 1000L + i, AWKWARD[i],
					reasons[i % reasons.length], AWKWARD[AWKWARD.length - 1 - i]));
		}
		assertThat(StagedRecords.readRejected(in))
			.isEqualTo(new Checked.Rejected(3, 9, "S1", Reason.BAD_ENCODING, "detail"));
		assertThat(StagedRecords.readRejected(in)).isNull();
	}

	/**
	 * The staging writer saves each file's length at a commit from these byte counts (section 4: a resumed run cuts
	 * its files back to that length), so they must be exactly the bytes that reach the file. They are counted in a
	 * long, so they stay right past 2 GB of one stream.
	 */
	@Test
	void theByteCountOfARecordIsExactlyWhatReachesTheFile() throws IOException {
		long[] actual = { 0 };
		OutputStream counting = new OutputStream() {

			@Override
			public void write(int b) {
				actual[0]++;
			}

			@Override
			public void write(byte[] b, int off, int len) {
				actual[0] += len;
			}

		};
		long counted = 0;
		try (StagedOutput out = StagedOutput.to(counting)) {
			counted += StagedRecords.write(out, new Checked.Accepted(0, 2, new String[] { "S1", "x".repeat(1000) }));
			counted += StagedRecords.write(out, new Checked.Rejected(0, 3, "S1", Reason.INVALID_VALUE, "detail"));
			counted += StagedRecords.write(out, new Checked.Accepted(0, 4, AWKWARD));
		}

		assertThat(counted).isEqualTo(actual[0]);
	}

	@Test
	void anEmptyStagingFileHoldsNoRecord() throws IOException {
		StagedInput in = StagedInput.from(new ByteArrayInputStream(new byte[0]));

		assertThat(StagedRecords.readAccepted(in)).isNull();
		assertThat(StagedRecords.readRejected(in)).isNull();
	}

}
