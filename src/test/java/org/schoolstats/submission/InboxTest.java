package org.schoolstats.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.csv.TextEncoding;
import org.schoolstats.csv.TextFile;

/** Contract section 1, "Input layout": which files are read, links, and the processing order. */
class InboxTest {

	@TempDir
	Path temp;

	@Test
	void filesAreProcessedInUtf8ByteOrderOfTheWholeRelativePath() throws IOException {
		Path in = inbox();
		for (String name : new String[] { "\uD83D\uDE00.csv", "a/z.csv", "\u4E2D.csv", "a.csv", "B.csv", "\uFF21.csv",
				"a-b.csv", "\u00E9.csv", "Z/1.csv" }) {
			csv(in, "enrollment/" + name);
		}
		assertThat(Inbox.scan(in).files()).extracting(SubmissionFile::path)
			.containsExactly("enrollment/B.csv", "enrollment/Z/1.csv", "enrollment/a-b.csv", "enrollment/a.csv",
					"enrollment/a/z.csv", "enrollment/\u00E9.csv", "enrollment/\u4E2D.csv", "enrollment/\uFF21.csv",
					"enrollment/\uD83D\uDE00.csv");
	}

	@Test
	void categoriesComeInContractOrderWithTheirOwnIndexes() throws IOException {
		Path in = inbox();
		csv(in, "safety_inspections/a.csv");
		csv(in, "teacher_training/m.csv");
		csv(in, "enrollment/z.csv");
		csv(in, "enrollment/y.csv");
		Inbox inbox = Inbox.scan(in);
		assertThat(inbox.files()).extracting(SubmissionFile::category)
			.containsExactly(Category.ENROLLMENT, Category.ENROLLMENT, Category.TEACHER_TRAINING,
					Category.SAFETY_INSPECTIONS);
		assertThat(inbox.files()).extracting(SubmissionFile::index).containsExactly(0, 1, 0, 0);
		assertThat(inbox.files(Category.TEACHER_TRAINING)).extracting(SubmissionFile::path)
			.containsExactly("teacher_training/m.csv");
	}

	@Test
	void csvExtensionInAnyCaseIsReadAndOtherFilesAreIgnored() throws IOException {
		Path in = inbox();
		for (String name : new String[] { "a.CSV", "b.Csv", "c.csv", "d.txt", "e.csv.bak", "f.csvx", "csv", "g.xlsx",
				"h_csv", "i.tsv" }) {
			csv(in, "teacher_training/" + name);
		}
		assertThat(Inbox.scan(in).files()).extracting(SubmissionFile::path)
			.containsExactly("teacher_training/a.CSV", "teacher_training/b.Csv", "teacher_training/c.csv");
	}

	@Test
	void namesStartingWithADotAreIgnoredForFilesAndFolders() throws IOException {
		Path in = inbox();
		csv(in, "enrollment/.hidden.csv");
		csv(in, "enrollment/.csv");
		csv(in, "enrollment/.git/x.csv");
		csv(in, "enrollment/sub/.cache/y.csv");
		csv(in, "enrollment/sub/ok.csv");
		assertThat(Inbox.scan(in).files()).extracting(SubmissionFile::path).containsExactly("enrollment/sub/ok.csv");
	}

	@Test
	void folderNamedLikeACsvFileIsAFolderWhoseFilesAreRead() throws IOException {
		Path in = inbox();
		csv(in, "enrollment/x.csv/inner.csv");
		assertThat(Inbox.scan(in).files()).extracting(SubmissionFile::path).containsExactly("enrollment/x.csv/inner.csv");
	}

	@Test
	void filesOutsideTheCategoryFoldersAreIgnored() throws IOException {
		Path in = inbox();
		csv(in, "stray.csv");
		csv(in, "other/x.csv");
		csv(in, "Enrollment/y.csv");
		assertThat(Inbox.scan(in).files()).isEmpty();
	}

	@Test
	void linkToAFileIsReadAsThatFile() throws IOException {
		Path in = inbox();
		Path target = this.temp.resolve("elsewhere/real.dat");
		Files.createDirectories(target.getParent());
		Files.writeString(target, "school_code\nS1\n", StandardCharsets.UTF_8);
		Files.createDirectories(in.resolve("enrollment"));
		Files.createSymbolicLink(in.resolve("enrollment/link.csv"), target);
		Inbox inbox = Inbox.scan(in);
		assertThat(inbox.files()).extracting(SubmissionFile::path).containsExactly("enrollment/link.csv");
		assertThat(inbox.files().get(0).sha256()).isEqualTo(TextFile.sha256(target));
		assertThat(inbox.files().get(0).bytes()).isEqualTo(Files.size(target));
	}

	@Test
	void linkToAFolderIsNotFollowed() throws IOException {
		Path in = inbox();
		Path outside = this.temp.resolve("outside");
		csv(outside, "a.csv");
		csv(in, "enrollment/own.csv");
		Files.createSymbolicLink(in.resolve("enrollment/linked"), outside);
		Files.createSymbolicLink(in.resolve("enrollment/linked.csv"), outside);
		assertThat(Inbox.scan(in).files()).extracting(SubmissionFile::path).containsExactly("enrollment/own.csv");
	}

	@Test
	void symbolicLinkLoopIsNotFollowed() throws IOException {
		Path in = inbox();
		csv(in, "enrollment/sub/a.csv");
		Files.createSymbolicLink(in.resolve("enrollment/sub/up"), in.resolve("enrollment"));
		Files.createSymbolicLink(in.resolve("enrollment/sub/self"), Path.of("self"));
		Files.createSymbolicLink(in.resolve("enrollment/sub/root.csv"), in);
		assertThat(Inbox.scan(in).files()).extracting(SubmissionFile::path).containsExactly("enrollment/sub/a.csv");
	}

	@Test
	void categoryFolderItselfMayBeALink() throws IOException {
		Path in = inbox();
		Path real = this.temp.resolve("real-training");
		csv(real, "b.csv");
		csv(real, "sub/a.csv");
		Files.createSymbolicLink(in.resolve("teacher_training"), real);
		Inbox inbox = Inbox.scan(in);
		assertThat(inbox.files()).extracting(SubmissionFile::path)
			.containsExactly("teacher_training/b.csv", "teacher_training/sub/a.csv");
		assertThat(inbox.files().get(1).encoding()).isEqualTo(TextEncoding.UTF_8);
	}

	@Test
	void inputDirectoryMayBeALink() throws IOException {
		Path real = inbox();
		csv(real, "safety_inspections/x.csv");
		Path link = Files.createSymbolicLink(this.temp.resolve("inbox-link"), real);
		Inbox inbox = Inbox.scan(link);
		assertThat(inbox.files()).extracting(SubmissionFile::path).containsExactly("safety_inspections/x.csv");
		assertThat(inbox.files().get(0).sha256()).isEqualTo(TextFile.sha256(real.resolve("safety_inspections/x.csv")));
	}

	@Test
	void danglingLinkNamedCsvFailsNamingIt() throws IOException {
		Path in = inbox();
		csv(in, "enrollment/ok.csv");
		Files.createSymbolicLink(in.resolve("enrollment/y.csv"), this.temp.resolve("gone.csv"));
		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> Inbox.scan(in))
			.withMessageContaining("enrollment/y.csv");
	}

	@Test
	void fileThatCannotBeReadFailsNamingIt() throws IOException {
		Path in = inbox();
		csv(in, "enrollment/locked.csv");
		Path locked = in.resolve("enrollment/locked.csv");
		Files.setPosixFilePermissions(locked, java.util.Set.of());
		try {
			assumeFalse(Files.isReadable(locked), "permissions do not stop this user (root) from reading");
			assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> Inbox.scan(in))
				.withMessageContaining("enrollment/locked.csv");
		}
		finally {
			Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		}
	}

	@Test
	void danglingLinkWithAnotherNameIsIgnored() throws IOException {
		Path in = inbox();
		csv(in, "enrollment/ok.csv");
		Files.createSymbolicLink(in.resolve("enrollment/notes.txt"), this.temp.resolve("gone.txt"));
		assertThat(Inbox.scan(in).files()).hasSize(1);
	}

	@Test
	void missingCategoryFolderIsAnEmptyCategory() throws IOException {
		Path in = inbox();
		assertThat(Inbox.scan(in).files()).isEmpty();
		csv(in, "teacher_training/t.csv");
		Inbox inbox = Inbox.scan(in);
		assertThat(inbox.files(Category.ENROLLMENT)).isEmpty();
		assertThat(inbox.files(Category.SAFETY_INSPECTIONS)).isEmpty();
		assertThat(inbox.files(Category.TEACHER_TRAINING)).hasSize(1);
	}

	@Test
	void fileNamesWithSpacesAndChineseCharactersAreRead() throws IOException {
		Path in = inbox();
		csv(in, "enrollment/\u6C5D\u5357\u53BF/\u7B2C\u4E00 \u5C0F\u5B66.csv");
		csv(in, "enrollment/sub folder/a b.csv");
		assertThat(Inbox.scan(in).files()).extracting(SubmissionFile::path)
			.containsExactly("enrollment/sub folder/a b.csv", "enrollment/\u6C5D\u5357\u53BF/\u7B2C\u4E00 \u5C0F\u5B66.csv");
	}

	@Test
	void eachFileIsInspectedForItsEncoding() throws IOException {
		Path in = inbox();
		Files.createDirectories(in.resolve("enrollment"));
		Files.write(in.resolve("enrollment/gbk.csv"), "school_code,\u6C5D\u5357\u53BF\n".getBytes(Charset.forName("GBK")));
		Files.write(in.resolve("enrollment/utf16.csv"), new byte[] { (byte) 0xFF, (byte) 0xFE, 'a', 0 });
		Files.write(in.resolve("enrollment/utf8.csv"), "school_code\n".getBytes(StandardCharsets.UTF_8));
		Inbox inbox = Inbox.scan(in);
		assertThat(inbox.files()).extracting(SubmissionFile::encoding)
			.containsExactly(TextEncoding.GB18030, TextEncoding.UNKNOWN, TextEncoding.UTF_8);
		assertThat(inbox.files().get(1).encodingProblem()).contains("CSV UTF-8");
	}

	private Path inbox() throws IOException {
		Path in = this.temp.resolve("inbox");
		Files.createDirectories(in);
		Files.writeString(in.resolve("schools.csv"), "school_code\n", StandardCharsets.UTF_8);
		return in;
	}

	private static void csv(Path root, String relative) throws IOException {
		Path file = root.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "school_code\n" + relative + "\n", StandardCharsets.UTF_8);
	}

}
