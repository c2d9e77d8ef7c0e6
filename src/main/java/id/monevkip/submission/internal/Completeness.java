package id.monevkip.submission.internal;

import java.util.List;

/** What still stands between a body and sending: per question, what is missing. */
public record Completeness(List<Problem> problems, int questions) {

	public boolean complete() {
		return problems.isEmpty();
	}

	public long count(Kind kind) {
		return problems.stream().filter(p -> p.kinds().contains(kind)).count();
	}

	public enum Kind {
		UNANSWERED, MISSING_EVIDENCE, BROKEN_LINK
	}

	/** One question and everything missing on it. */
	public record Problem(QuestionState question, List<Kind> kinds) {
	}

	static Completeness of(java.util.Collection<QuestionState> states) {
		var problems = states.stream()
			.map(state -> new Problem(state, kinds(state)))
			.filter(problem -> !problem.kinds().isEmpty())
			.toList();
		return new Completeness(problems, states.size());
	}

	private static List<Kind> kinds(QuestionState state) {
		var kinds = new java.util.ArrayList<Kind>();
		if (!state.answered()) {
			kinds.add(Kind.UNANSWERED);
		}
		else if (!state.evidenceMet()) {
			kinds.add(Kind.MISSING_EVIDENCE);
		}
		if (state.evidence().stream().anyMatch(AttachmentView::broken)) {
			kinds.add(Kind.BROKEN_LINK);
		}
		return List.copyOf(kinds);
	}

}
