package org.schoolstats.indicator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.schoolstats.registry.School;
import org.schoolstats.submission.EnrollmentRow;
import org.schoolstats.submission.InspectionRow;
import org.schoolstats.submission.Stage;
import org.schoolstats.submission.TrainingRow;

/**
 * What one registry school's accepted rows add up to. Kept in the work area between steps as JSON, field by field
 * (which is why the fields are not final: Jackson 3 does not set final fields).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE)
public final class SchoolTotals {

	/** An accepted enrollment row with 56 or more students per class on average (section 3.3). */
	public record CrowdedClasses(Stage stage, EnrollmentRow.ClassSize size, long students, long classes) {
	}

	private final School school;

	long enrollmentRows;

	long trainingRows;

	long inspectionRows;

	long[] studentsByStage = new long[Stage.values().length];

	long studentsFemale;

	long classes;

	long newEntrants;

	long graduates;

	long dropouts;

	long studentsWithDisabilities;

	long migrantChildren;

	long fullTimeTeachers;

	List<CrowdedClasses> crowded = new ArrayList<>();

	long completedTrainings;

	long completedHoursHundredths;

	long[] completedByLevel = new long[5];

	long trainedTeachers;

	long inspections;

	long hazardsFound;

	long hazardsRectified;

	long majorHazards;

	long rowsRejected;

	@JsonCreator
	SchoolTotals(@JsonProperty("school") School school) {
		this.school = school;
	}

	public School school() {
		return this.school;
	}

	void add(EnrollmentRow row) {
		this.enrollmentRows++;
		this.studentsByStage[row.stage().ordinal()] += row.students();
		this.studentsFemale += row.studentsFemale();
		this.classes += row.classes();
		this.newEntrants += row.newEntrants();
		this.graduates += row.graduates();
		this.dropouts += row.dropouts();
		this.studentsWithDisabilities += row.studentsWithDisabilities();
		this.migrantChildren += row.migrantChildren();
		this.fullTimeTeachers += row.fullTimeTeachers();
		EnrollmentRow.ClassSize classSize = row.classSize();
		if (classSize != EnrollmentRow.ClassSize.NORMAL) {
			this.crowded.add(new CrowdedClasses(row.stage(), classSize, row.students(), row.classes()));
		}
	}

	void add(TrainingRow row) {
		this.trainingRows++;
		if (row.isCompleted()) {
			this.completedTrainings++;
			this.completedHoursHundredths += row.hoursHundredths();
			this.completedByLevel[row.level().ordinal()]++;
		}
	}

	void add(InspectionRow row) {
		this.inspectionRows++;
		this.inspections++;
		this.hazardsFound += row.hazardsFound();
		this.hazardsRectified += row.hazardsRectified();
		this.majorHazards += row.majorHazards();
	}

	/** Adds the totals of another part of the same school's rows. */
	void add(SchoolTotals other) {
		this.enrollmentRows += other.enrollmentRows;
		this.trainingRows += other.trainingRows;
		this.inspectionRows += other.inspectionRows;
		for (int s = 0; s < this.studentsByStage.length; s++) {
			this.studentsByStage[s] += other.studentsByStage[s];
		}
		this.studentsFemale += other.studentsFemale;
		this.classes += other.classes;
		this.newEntrants += other.newEntrants;
		this.graduates += other.graduates;
		this.dropouts += other.dropouts;
		this.studentsWithDisabilities += other.studentsWithDisabilities;
		this.migrantChildren += other.migrantChildren;
		this.fullTimeTeachers += other.fullTimeTeachers;
		this.crowded.addAll(other.crowded);
		this.completedTrainings += other.completedTrainings;
		this.completedHoursHundredths += other.completedHoursHundredths;
		for (int l = 0; l < this.completedByLevel.length; l++) {
			this.completedByLevel[l] += other.completedByLevel[l];
		}
		this.trainedTeachers += other.trainedTeachers;
		this.inspections += other.inspections;
		this.hazardsFound += other.hazardsFound;
		this.hazardsRectified += other.hazardsRectified;
		this.majorHazards += other.majorHazards;
	}

	public long students() {
		long students = 0;
		for (long atStage : this.studentsByStage) {
			students += atStage;
		}
		return students;
	}

	public long enrollmentRows() {
		return this.enrollmentRows;
	}

	public long trainingRows() {
		return this.trainingRows;
	}

	public long inspectionRows() {
		return this.inspectionRows;
	}

	public long rowsRejected() {
		return this.rowsRejected;
	}

	/** At least one accepted row in each of the three categories. */
	public boolean isComplete() {
		return this.enrollmentRows > 0 && this.trainingRows > 0 && this.inspectionRows > 0;
	}

	public boolean hasAcceptedRows() {
		return this.enrollmentRows > 0 || this.trainingRows > 0 || this.inspectionRows > 0;
	}

}
