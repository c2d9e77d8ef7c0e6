package id.monevkip.questionnaire.transfer;

import java.util.List;

/** A file was not imported; every problem found is listed and nothing was saved. */
public class ImportRefused extends RuntimeException {

	private final List<ImportProblem> problems;

	public ImportRefused(List<ImportProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public ImportRefused(ImportProblem problem) {
		this(List.of(problem));
	}

	public List<ImportProblem> problems() {
		return problems;
	}

}
