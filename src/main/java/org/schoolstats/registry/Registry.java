package org.schoolstats.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.schoolstats.csv.Cells;
import org.schoolstats.csv.Codes;
import org.schoolstats.csv.CsvRecordReader;
import org.schoolstats.csv.CsvSyntaxException;
import org.schoolstats.csv.Header;
import org.schoolstats.csv.RawRecord;
import org.schoolstats.csv.TextEncoding;
import org.schoolstats.csv.TextFile;

/**
 * The registry of schools, loaded from {@code schools.csv} (section 1.1). Any broken rule fails the load with a
 * message naming the file, the line and the rule.
 */
public final class Registry {

	public static final String FILE_NAME = "schools.csv";

	static final List<String> COLUMNS = List.of("school_code", "school_name", "county_code", "county_name",
			"school_type", "locality", "ownership");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private final Map<String, School> schoolsByCode;

	private final List<School> schools;

	private final List<County> counties;

	private final TextFile.Inspection source;

	private Registry(List<School> schools, TextFile.Inspection source) {
		List<School> sorted = new ArrayList<>(schools);
		sorted.sort((a, b) -> Cells.UTF8_ORDER.compare(a.code(), b.code()));
		this.schools = Collections.unmodifiableList(sorted);
		Map<String, School> byCode = new HashMap<>();
		Map<String, County> counties = new TreeMap<>(Cells.UTF8_ORDER);
		for (School school : sorted) {
			byCode.put(school.code(), school);
			counties.putIfAbsent(school.countyCode(), new County(school.countyCode(), school.countyName()));
		}
		this.schoolsByCode = byCode;
		this.counties = List.copyOf(counties.values());
		this.source = source;
	}

	/** Loads {@code schools.csv} from the input directory. */
	public static Registry load(Path inputDirectory) {
		Path file = inputDirectory.resolve(FILE_NAME);
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new RegistryException(FILE_NAME + " is missing from " + inputDirectory
					+ ": put the bureau's registry of schools there and run again.");
		}
		if (!Files.isRegularFile(file)) {
			String what = Files.isSymbolicLink(file) && !Files.exists(file) ? "a link to nothing (or a loop of links)"
					: "not a regular file (a folder, a pipe or a device)";
			throw new RegistryException(FILE_NAME + " in " + inputDirectory + " is " + what
					+ ": put the bureau's registry of schools there as a file and run again.");
		}
		try {
			TextFile.Inspection inspection = TextFile.inspect(file);
			if (inspection.encoding() == TextEncoding.UNKNOWN) {
				throw fail(1, "the file cannot be decoded: " + inspection.problem());
			}
			TextFile.Opened opened = TextFile.openHashed(file, inspection.encoding());
			try (CsvRecordReader records = new CsvRecordReader(opened.reader())) {
				Registry registry = new Registry(readSchools(records), inspection);
				if (!opened.sha256().equals(inspection.sha256())) {
					throw new RegistryException(FILE_NAME + " changed while it was being read: run again when the "
							+ "registry has been saved.");
				}
				return registry;
			}
		}
		catch (IOException ex) {
			throw new RegistryException(FILE_NAME + " cannot be read (" + ex.getMessage()
					+ "): check that the file exists and is readable, then run again.", ex);
		}
	}

	private static List<School> readSchools(CsvRecordReader records) throws IOException {
		Header header = null;
		List<School> schools = new ArrayList<>();
		Map<String, Long> lineOfCode = new HashMap<>();
		Map<String, String> countyNames = new HashMap<>();
		Map<String, Long> lineOfCounty = new HashMap<>();
		RawRecord record;
		while ((record = nextRecord(records)) != null) {
			if (record.isAllEmpty()) {
				continue;
			}
			if (header == null) {
				header = Header.match(record.values(), COLUMNS, Set.of());
				if (header.problem() != null) {
					throw fail(record.line(), header.problem());
				}
				continue;
			}
			School school = school(record, header);
			Long firstLine = lineOfCode.putIfAbsent(school.code(), record.line());
			if (firstLine != null) {
				throw fail(record.line(), "school_code " + school.code()
						+ " appears twice (first on line " + firstLine + "); school codes must be unique");
			}
			String knownName = countyNames.putIfAbsent(school.countyCode(), school.countyName());
			if (knownName != null && !knownName.equals(school.countyName())) {
				throw fail(record.line(), "county_code " + school.countyCode() + " is called \"" + knownName
						+ "\" on line " + lineOfCounty.get(school.countyCode()) + " but \"" + school.countyName()
						+ "\" here; the same county_code must always carry the same county_name");
			}
			lineOfCounty.putIfAbsent(school.countyCode(), record.line());
			schools.add(school);
		}
		if (schools.isEmpty()) {
			throw new RegistryException(FILE_NAME + " lists no schools: fill in the registry and run again.");
		}
		return schools;
	}

	private static RawRecord nextRecord(CsvRecordReader records) throws IOException {
		try {
			return records.next();
		}
		catch (CsvSyntaxException ex) {
			throw fail(ex.line(), ex.getMessage());
		}
	}

	private static School school(RawRecord record, Header header) {
		if (record.size() != header.width()) {
			throw fail(record.line(), "the row has " + record.size() + " fields but the header has " + header.width());
		}
		String[] values = new String[COLUMNS.size()];
		for (int c = 0; c < COLUMNS.size(); c++) {
			values[c] = Cells.trim(header.raw(record.values(), c));
			if (values[c].isEmpty()) {
				throw fail(record.line(), COLUMNS.get(c) + " is empty; every registry column is required");
			}
		}
		requireCode(record.line(), "school_code", values[0]);
		requireCode(record.line(), "county_code", values[2]);
		return new School(values[0], values[1], values[2], values[3],
				requireListed(record.line(), "school_type", values[4], SchoolType.class),
				requireListed(record.line(), "locality", values[5], Locality.class),
				requireListed(record.line(), "ownership", values[6], Ownership.class));
	}

	private static void requireCode(long line, String column, String value) {
		if (!CODE.matcher(value).matches()) {
			throw fail(line, column + " " + Cells.quote(value)
					+ " must be 1 to 32 characters, each a letter A-Z or a-z, a digit, '-' or '_'");
		}
	}

	private static <E extends Enum<E>> E requireListed(long line, String column, String value, Class<E> type) {
		E parsed = Codes.parse(type, value);
		if (parsed == null) {
			throw fail(line, column + " " + Cells.quote(value) + " is not one of " + Codes.list(type));
		}
		return parsed;
	}

	private static RegistryException fail(long line, String rule) {
		return new RegistryException(FILE_NAME + " line " + line + ": " + rule + ". Fix the registry and run again.");
	}

	public List<School> schools() {
		return this.schools;
	}

	public List<County> counties() {
		return this.counties;
	}

	/** The school with exactly this code (after trimming), or {@code null}: codes are not case-folded. */
	public School school(String code) {
		return this.schoolsByCode.get(code);
	}

	public TextFile.Inspection source() {
		return this.source;
	}

}
