package id.monevkip.submission.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import id.monevkip.evidence.LinkView;

/**
 * What stands between a body and sending, per question. A link that could not be opened is shown but does not
 * block, unless the cycle makes broken links blocking: a government website that is down must not stop a body.
 *
 * @param answered questions answered, of {@code questions}
 * @param evidenceItems files and links attached, over all answers
 * @param brokenLinksBlock the cycle's rule: whether an unreachable link blocks sending
 */
public record Completeness(List<Problem> problems, int questions, int answered, int evidenceItems,
		boolean brokenLinksBlock) {

	/** Whether nothing blocks sending. */
	public boolean complete() {
		return blocking().isEmpty();
	}

	/** The problems that stop sending, in the instrument's order. */
	public List<Problem> blocking() {
		return problems.stream().filter(this::blocks).toList();
	}

	/** Every attached link whose last check did not open it, with its question, in the instrument's order. */
	public List<UnreachableLink> unreachableLinks() {
		return problems.stream()
			.filter(p -> p.kinds().contains(Kind.BROKEN_LINK))
			.flatMap(p -> p.question().evidence().stream().filter(AttachmentView::broken)
				.map(a -> new UnreachableLink(p.question(), a.link())))
			.toList();
	}

	/** Questions whose problems stop sending, counted per kind. */
	public long count(Kind kind) {
		return blocking().stream().filter(p -> p.kinds().contains(kind)).count();
	}

	/** Whether unreachable links are what stops sending (the cycle's rule is on and one is unreachable). */
	public boolean blockedByLinks() {
		return brokenLinksBlock && !unreachableLinks().isEmpty();
	}

	private boolean blocks(Problem problem) {
		return problem.kinds().contains(Kind.UNANSWERED) || problem.kinds().contains(Kind.MISSING_EVIDENCE)
				|| brokenLinksBlock && problem.kinds().contains(Kind.BROKEN_LINK);
	}

	public enum Kind {
		UNANSWERED, MISSING_EVIDENCE, BROKEN_LINK
	}

	/** One question and everything missing on it. */
	public record Problem(QuestionState question, List<Kind> kinds) {
	}

	/** A link that could not be opened at its last check, on the question it backs. */
	public record UnreachableLink(QuestionState question, LinkView link) {
	}

	static Completeness of(Collection<QuestionState> states, boolean brokenLinksBlock) {
		var problems = states.stream()
			.map(state -> new Problem(state, kinds(state)))
			.filter(problem -> !problem.kinds().isEmpty())
			.toList();
		int answered = (int) states.stream().filter(QuestionState::answered).count();
		int evidenceItems = states.stream().mapToInt(state -> state.evidence().size()).sum();
		return new Completeness(problems, states.size(), answered, evidenceItems, brokenLinksBlock);
	}

	private static List<Kind> kinds(QuestionState state) {
		var kinds = new ArrayList<Kind>();
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
