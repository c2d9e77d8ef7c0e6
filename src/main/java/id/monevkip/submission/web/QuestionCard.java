package id.monevkip.submission.web;

import java.util.List;

import id.monevkip.evidence.EvidenceFileView;
import id.monevkip.evidence.LinkView;
import id.monevkip.submission.internal.QuestionState;
import org.jspecify.annotations.Nullable;

/**
 * What one question card needs besides the question: the submission, the indicator it sits in, the body's library
 * (to attach an item already uploaded), the largest file the question accepts and, on a question a revision round
 * reopened, the assessor's comment on it.
 */
record QuestionCard(long submissionId, long indicatorId, QuestionState state, List<EvidenceFileView> libraryFiles,
		List<LinkView> libraryLinks, long maxMegabytes, @Nullable String revisionComment) {

	/** Library files not attached to this answer yet. */
	public List<EvidenceFileView> attachableFiles() {
		var attached = state.evidence().stream().filter(a -> a.file() != null).map(a -> a.file().id()).toList();
		return libraryFiles.stream().filter(f -> !attached.contains(f.id())).toList();
	}

	public List<LinkView> attachableLinks() {
		var attached = state.evidence().stream().filter(a -> a.link() != null).map(a -> a.link().id()).toList();
		return libraryLinks.stream().filter(l -> !attached.contains(l.id())).toList();
	}

	public String code() {
		return state.question().code();
	}

}
