package id.monevkip.questionnaire.builder;

import java.util.List;

/** An instrument broke one or more rules (to publish, or to be imported); nothing was changed. */
public class InstrumentRuleException extends RuntimeException {

	private final List<Problem> problems;

	public InstrumentRuleException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
