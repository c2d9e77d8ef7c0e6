package id.monevkip.submission.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The JSON sealed at sending. Field names are part of the record of what a body sent: add fields, never rename.
 */
public record SnapshotContent(long submissionId, long cycleId, long bodyId, long instrumentId, int round,
		Instant sealedAt, List<SealedAnswer> answers) {

	public record SealedAnswer(long questionId, String questionCode, @Nullable String value,
			List<SealedEvidence> evidence) {
	}

	/** A file by its SHA-256 (the bytes that were sent) or a link with the outcome of its last check. */
	public record SealedEvidence(String kind, long id, String name, @Nullable String sha256, @Nullable String contentType,
			@Nullable Long sizeBytes, @Nullable String url, @Nullable String linkStatus, @Nullable Instant checkedAt) {
	}

	public int evidenceCount() {
		return answers.stream().mapToInt(a -> a.evidence().size()).sum();
	}

	static SnapshotContent of(Workspace workspace, int round, Instant now, Collection<QuestionState> states) {
		var submission = workspace.submission();
		return new SnapshotContent(submission.id(), submission.getCycleId(), submission.getBodyId(),
				submission.getInstrumentId(), round, now,
				states.stream().map(SnapshotContent::sealed).toList());
	}

	private static SealedAnswer sealed(QuestionState state) {
		return new SealedAnswer(state.question().id(), state.question().code(), state.value(),
				state.evidence().stream().map(SnapshotContent::sealed).toList());
	}

	private static SealedEvidence sealed(AttachmentView attachment) {
		if (attachment.file() != null) {
			var file = attachment.file();
			return new SealedEvidence("FILE", file.id(), file.originalName(), file.sha256(), file.contentType(),
					file.sizeBytes(), null, null, null);
		}
		var link = attachment.link();
		return new SealedEvidence("LINK", link.id(), link.title(), null, null, null, link.url(),
				link.lastStatus() == null ? null : link.lastStatus().name(), link.lastCheckedAt());
	}

}
