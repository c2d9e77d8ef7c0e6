package id.monevkip.cycle;

import java.util.List;

/** A cycle's timetable or scoring policy broke one or more rules; nothing was changed. */
public class CycleRuleException extends RuntimeException {

	private final List<PolicyProblem> problems;

	public CycleRuleException(List<PolicyProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public CycleRuleException(PolicyProblem problem) {
		this(List.of(problem));
	}

	public List<PolicyProblem> problems() {
		return problems;
	}

}
