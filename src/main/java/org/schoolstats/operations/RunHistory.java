package org.schoolstats.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.schoolstats.job.RunParameters;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/** The executions of one job for one period, newest first, as the job repository knows them. */
final class RunHistory {

	private final JobRepository repository;

	private final String jobName;

	RunHistory(JobRepository repository, String jobName) {
		this.repository = repository;
		this.jobName = jobName;
	}

	List<JobExecution> executions(String period) {
		List<JobExecution> executions = new ArrayList<>();
		for (JobInstance instance : this.repository.getJobInstances(this.jobName, 0, Integer.MAX_VALUE)) {
			for (JobExecution execution : this.repository.getJobExecutions(instance)) {
				if (period == null
						|| period.equals(execution.getJobParameters().getString(RunParameters.PERIOD))) {
					executions.add(execution);
				}
			}
		}
		executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
		return executions;
	}

	/**
	 * Marks executions of the period still recorded as running as failed, so that they can be resumed. Only called
	 * while holding the period's lock: no live process can be running them then.
	 * @return the executions recovered
	 */
	List<JobExecution> recoverAbandoned(String period, JobOperator operator) {
		List<JobExecution> recovered = new ArrayList<>();
		for (JobExecution execution : this.repository.findRunningJobExecutions(this.jobName)) {
			if (!period.equals(execution.getJobParameters().getString(RunParameters.PERIOD))) {
				continue;
			}
			Owner owner = Owner.parse(execution.getExecutionContext().getString(RunRecordListener.OWNER, null));
			if (owner != null && owner.isAliveHere()) {
				throw new UserError(ExitCode.BUSY, "Execution " + execution.getId() + " of period " + period
						+ " is still being run by " + owner + ": wait for it to finish.");
			}
			operator.recover(execution);
			execution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), "the process running it ("
					+ (owner == null ? "unknown" : owner) + ") died; marked failed so that it can be resumed"));
			this.repository.update(execution);
			recovered.add(execution);
		}
		recovered.sort(Comparator.comparingLong(JobExecution::getId).reversed());
		return recovered;
	}

}
