package org.schoolstats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small inbox for a test: the registry and submission files, byte for byte as given. */
public final class TestInbox {

	public static final String REGISTRY_HEADER = "school_code,school_name,county_code,county_name,school_type,locality,ownership\n";

	/** Two counties: C1 with schools S1 and S2, C2 with S3. */
	public static final String REGISTRY = REGISTRY_HEADER
			+ "S1,First Primary,C1,North County,primary,urban,public\n"
			+ "S2,Second Junior,C1,North County,junior_secondary,rural,public\n"
			+ "S3,Third Kindergarten,C2,South County,kindergarten,urban,private\n";

	public static final String ENROLLMENT_HEADER = "school_code,stage,classes,students_male,students_female,new_entrants,graduates,dropouts,students_with_disabilities,migrant_children,full_time_teachers\n";

	public static final String TRAINING_HEADER = "school_code,teacher_id,program_code,program_name,program_level,start_date,end_date,hours,result\n";

	public static final String INSPECTION_HEADER = "school_code,inspection_id,inspection_date,category,hazards_found,hazards_rectified,major_hazards,inspector\n";

	private final Path root;

	private TestInbox(Path root) {
		this.root = root;
	}

	/** An inbox in this directory with the standard registry. */
	public static TestInbox in(Path root) {
		return new TestInbox(root).registry(REGISTRY);
	}

	public TestInbox registry(String content) {
		return file("schools.csv", content);
	}

	public TestInbox file(String relativePath, String content) {
		return bytes(relativePath, content.getBytes(StandardCharsets.UTF_8));
	}

	public TestInbox bytes(String relativePath, byte[] content) {
		try {
			Path file = this.root.resolve(relativePath);
			Files.createDirectories(file.getParent());
			Files.write(file, content);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public TestInbox enrollment(String name, String rows) {
		return file("enrollment/" + name, ENROLLMENT_HEADER + rows);
	}

	public TestInbox training(String name, String rows) {
		return file("teacher_training/" + name, TRAINING_HEADER + rows);
	}

	public TestInbox inspections(String name, String rows) {
		return file("safety_inspections/" + name, INSPECTION_HEADER + rows);
	}

	public Path path() {
		return this.root;
	}

}
