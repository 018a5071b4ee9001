package org.schoolstats.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Contract sections 1 and 2: each record handed on once, in order, also after a restart; unread files give one item. */
class SubmissionReaderTest {

	private static final String H = TestInbox.ENROLLMENT_HEADER;

	private static final String ROW = "S1,primary,10,200,190,60,55,1,2,30,25\n";

	@TempDir
	Path temp;

	@Test
	void handsOnDataRecordsOfEveryFileInOrderWithTheirStartLines() throws IOException {
		Path in = TestInbox.in(this.temp)
			.enrollment("a.csv", ROW + "\"S2\",junior,\"1\n0\",1,1,1,1,1,1,1,1\n" + ROW.replace("S1", "S3"))
			.enrollment("b.csv", ROW)
			.path();
		assertThat(describe(readAll(reader(in, Category.ENROLLMENT)))).containsExactly("enrollment/a.csv:2:S1",
				"enrollment/a.csv:3:S2", "enrollment/a.csv:5:S3", "enrollment/b.csv:2:S1");
	}

	@Test
	void allEmptyRecordsAreSkippedAndNotHandedOn() throws IOException {
		Path in = TestInbox.in(this.temp)
			.file("enrollment/a.csv", "\n \u3000\n" + H + ",,,,,,,,,,\n\n" + ROW + " , ,\t\n")
			.path();
		assertThat(describe(readAll(reader(in, Category.ENROLLMENT)))).containsExactly("enrollment/a.csv:6:S1");
	}

	@Test
	void headerIsTheFirstRecordThatIsNotAllEmpty() throws IOException {
		Path in = TestInbox.in(this.temp).file("enrollment/a.csv", ",,\n\n" + H + ROW).path();
		List<Submitted> items = readAll(reader(in, Category.ENROLLMENT));
		assertThat(items).singleElement().isInstanceOf(Submitted.Row.class);
		assertThat(items.get(0).line()).isEqualTo(4);
	}

	@Test
	void badEncodingFileYieldsOneRejectedFile() throws IOException {
		ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
		utf16.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
		utf16.writeBytes((H + ROW + ROW).getBytes(StandardCharsets.UTF_16LE));
		Path in = TestInbox.in(this.temp).bytes("enrollment/a.csv", utf16.toByteArray()).enrollment("b.csv", ROW).path();
		List<Submitted> items = readAll(reader(in, Category.ENROLLMENT));
		assertThat(items).hasSize(2);
		Submitted.RejectedFile rejected = (Submitted.RejectedFile) items.get(0);
		assertThat(rejected.reason()).isEqualTo(Reason.BAD_ENCODING);
		assertThat(rejected.line()).isEqualTo(1);
		assertThat(rejected.problem()).contains("CSV UTF-8");
		assertThat(describe(items.subList(1, 2))).containsExactly("enrollment/b.csv:2:S1");
	}

	@Test
	void badHeaderFileYieldsOneRejectedFileNamingTheColumn() throws IOException {
		Path in = TestInbox.in(this.temp)
			.file("enrollment/a.csv", H.replace(",graduates", "") + ROW)
			.file("enrollment/b.csv", H.replace("\n", ",STAGE\n") + ROW)
			.path();
		List<Submitted> items = readAll(reader(in, Category.ENROLLMENT));
		assertThat(items).hasSize(2).allSatisfy((item) -> {
			assertThat(item).isInstanceOf(Submitted.RejectedFile.class);
			assertThat(((Submitted.RejectedFile) item).reason()).isEqualTo(Reason.BAD_HEADER);
		});
		assertThat(((Submitted.RejectedFile) items.get(0)).problem()).contains("graduates");
		assertThat(((Submitted.RejectedFile) items.get(1)).problem()).contains("stage").contains("twice");
	}

	@Test
	void headerThatCannotBeParsedIsBadHeader() throws IOException {
		Path in = TestInbox.in(this.temp).file("enrollment/a.csv", "\"school_code\" ,stage\n" + ROW).path();
		List<Submitted> items = readAll(reader(in, Category.ENROLLMENT));
		assertThat(items).singleElement().isInstanceOf(Submitted.RejectedFile.class);
		assertThat(((Submitted.RejectedFile) items.get(0)).reason()).isEqualTo(Reason.BAD_HEADER);
	}

	@Test
	void byteOrderMarkOnlyFileYieldsNothing() throws IOException {
		Path in = TestInbox.in(this.temp)
			.bytes("enrollment/a.csv", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF })
			.enrollment("b.csv", ROW)
			.path();
		assertThat(describe(readAll(reader(in, Category.ENROLLMENT)))).containsExactly("enrollment/b.csv:2:S1");
	}

	@Test
	void emptyOrBlankFileYieldsNothing() throws IOException {
		Path in = TestInbox.in(this.temp)
			.file("enrollment/a.csv", "")
			.file("enrollment/b.csv", "\n\r\n ,\u3000,\n")
			.path();
		assertThat(readAll(reader(in, Category.ENROLLMENT))).isEmpty();
	}

	@Test
	void headerOnlyFileYieldsNothing() throws IOException {
		Path in = TestInbox.in(this.temp).file("enrollment/a.csv", H).file("enrollment/b.csv", H + "\n,,\n").path();
		assertThat(readAll(reader(in, Category.ENROLLMENT))).isEmpty();
	}

	@Test
	void byteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.writeBytes(("\"school_code\"" + H.substring("school_code".length()) + ROW).getBytes(StandardCharsets.UTF_8));
		Path in = TestInbox.in(this.temp).bytes("enrollment/a.csv", bytes.toByteArray()).path();
		assertThat(describe(readAll(reader(in, Category.ENROLLMENT)))).containsExactly("enrollment/a.csv:2:S1");
	}

	@Test
	void unparsableRecordEndsItsFile() throws IOException {
		Path in = TestInbox.in(this.temp)
			.enrollment("a.csv", ROW + "S2,\"junior\" ,1,1,1,1,1,1,1,1,1\n" + ROW.replace("S1", "S3") + "S4,\"x\n")
			.enrollment("b.csv", ROW.replace("S1", "S5"))
			.path();
		List<Submitted> items = readAll(reader(in, Category.ENROLLMENT));
		assertThat(describe(items)).containsExactly("enrollment/a.csv:2:S1", "enrollment/a.csv:3:unparsable",
				"enrollment/b.csv:2:S5");
	}

	@Test
	void unterminatedQuoteEndsItsFileAtTheRecordWhereItStarts() throws IOException {
		Path in = TestInbox.in(this.temp).enrollment("a.csv", ROW + "S2,\"junior,1\n" + ROW + ROW).path();
		assertThat(describe(readAll(reader(in, Category.ENROLLMENT)))).containsExactly("enrollment/a.csv:2:S1",
				"enrollment/a.csv:3:unparsable");
	}

	@Test
	void restartResumesAfterTheItemsAlreadyHandedOnAcrossFiles() throws IOException {
		Path in = mixedInbox();
		List<String> whole = describe(readAll(reader(in, null)));
		assertThat(whole).hasSize(10);
		for (int handedOn = 0; handedOn <= whole.size(); handedOn++) {
			SubmissionReader first = reader(in, null);
			ExecutionContext context = new ExecutionContext();
			first.open(context);
			List<Submitted> before = new ArrayList<>();
			for (int i = 0; i < handedOn; i++) {
				before.add(first.readRecord());
			}
			first.update(context);
			first.close();
			SubmissionReader second = reader(in, null);
			second.open(new ExecutionContext(context));
			List<Submitted> after = readOpened(second);
			List<String> resumed = new ArrayList<>(describe(before));
			resumed.addAll(describe(after));
			assertThat(resumed).as("restart after " + handedOn + " items").isEqualTo(whole);
		}
	}

	@Test
	void restartGivesTheNextItemAfterTheSavedPosition() throws IOException {
		Path in = mixedInbox();
		SubmissionReader first = reader(in, null);
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		for (int i = 0; i < 4; i++) {
			first.readRecord();
		}
		first.update(context);
		Submitted fifthBeforeKill = first.readRecord();
		first.close();
		SubmissionReader second = reader(in, null);
		second.open(new ExecutionContext(context));
		assertThat(describe(List.of(second.readRecord()))).isEqualTo(describe(List.of(fifthBeforeKill)));
		second.close();
	}

	/** Ten items: rows, a file not read, an unparsable record, a header-only file, across all three categories. */
	private Path mixedInbox() {
		ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
		utf16.writeBytes(new byte[] { (byte) 0xFE, (byte) 0xFF });
		utf16.writeBytes((H + ROW).getBytes(StandardCharsets.UTF_16BE));
		return TestInbox.in(this.temp)
			.enrollment("a.csv", ROW + ROW.replace("S1", "S2"))
			.bytes("enrollment/b.csv", utf16.toByteArray())
			.file("enrollment/c.csv", H)
			.enrollment("d.csv", ROW.replace("S1", "S3") + "\"S4\"x,primary\n" + ROW)
			.training("t.csv", "S1,T1,P1,,county,2024-03-01,2024-03-02,12,completed\n"
					+ "S1,T2,P1,,county,2024-03-01,2024-03-02,12,completed\n")
			.file("teacher_training/u.csv", "teacher_id\nT1\n")
			.inspections("i.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\n\nS2,I2,2024-04-01,fire,3,2,0,Li\n")
			.path();
	}

	private static List<String> describe(List<Submitted> items) {
		return items.stream().map(SubmissionReaderTest::describe).toList();
	}

	private static String describe(Submitted item) {
		String what;
		if (item instanceof Submitted.Row row) {
			what = row.values()[0] + (row.values().length > 2 ? "" : Arrays.toString(row.values()));
		}
		else if (item instanceof Submitted.RejectedFile rejected) {
			what = rejected.reason().name();
		}
		else {
			what = "unparsable";
		}
		return item.file().path() + ":" + item.line() + ":" + what;
	}

	private static SubmissionReader reader(Path in, Category category) {
		Inbox inbox = Inbox.scan(in);
		return new SubmissionReader(in, category == null ? inbox.files() : inbox.files(category), 1);
	}

	private static List<Submitted> readAll(SubmissionReader reader) {
		reader.open(new ExecutionContext());
		return readOpened(reader);
	}

	private static List<Submitted> readOpened(SubmissionReader reader) {
		List<Submitted> items = new ArrayList<>();
		Submitted item;
		while ((item = reader.readRecord()) != null) {
			items.add(item);
		}
		reader.close();
		return items;
	}

}
