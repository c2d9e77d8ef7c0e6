package id.monevkip.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import id.monevkip.submission.internal.AnswerValues;
import id.monevkip.submission.internal.ItemOutcomes;
import id.monevkip.submission.internal.ObjectionRepository;
import id.monevkip.submission.internal.ProgressTallies;
import id.monevkip.submission.internal.ReviewReader;
import id.monevkip.submission.internal.RevisionRound;
import id.monevkip.submission.internal.RevisionRoundRepository;
import id.monevkip.submission.internal.Submission;
import id.monevkip.submission.internal.SubmissionReader;
import id.monevkip.submission.internal.SubmissionRepository;
import id.monevkip.submission.internal.SubmissionSnapshot;
import id.monevkip.submission.internal.SubmissionSnapshotRepository;
import id.monevkip.submission.internal.Workspaces;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the modules below (assessment, progress) may ask and do: read a body's submission and its sealed
 * snapshots, move it through verification and open a revision round. Callers check their own users' scope.
 */
@Service
@RequiredArgsConstructor
public class SubmissionManagement {

	private static final int MAX_MESSAGE = 2000;

	private final SubmissionRepository submissions;

	private final SubmissionSnapshotRepository snapshots;

	private final RevisionRoundRepository revisions;

	private final Workspaces workspaces;

	private final ProgressTallies tallies;

	private final SubmissionReader reader;

	private final ApplicationEventPublisher events;

	private final ReviewReader reviews;

	private final ObjectionRepository objections;

	private final ItemOutcomes itemOutcomes;

	private final Clock clock;

	@Transactional(readOnly = true)
	public Optional<SubmissionView> submissionOf(long cycleId, long bodyId) {
		return submissions.findByCycleIdAndBodyId(cycleId, bodyId).map(SubmissionManagement::view);
	}

	@Transactional(readOnly = true)
	public SubmissionView submission(long submissionId) {
		return view(find(submissionId));
	}

	/** The latest sealed round, which verification reads. */
	@Transactional(readOnly = true)
	public Optional<SnapshotView> latestSnapshot(long submissionId) {
		return snapshots.findBySubmissionIdOrderByRoundDesc(submissionId).stream().findFirst().map(SubmissionManagement::view);
	}

	@Transactional(readOnly = true)
	public Optional<SnapshotView> snapshot(long submissionId, int round) {
		return snapshots.findBySubmissionIdAndRound(submissionId, round).map(SubmissionManagement::view);
	}

	/**
	 * Progress of the submissions of these bodies in the cycle (bodies without one are left out), in one query
	 * whatever the number of bodies, plus one per instrument not read before. The counts are kept up to date by
	 * the database on every change (V15), so this does not count answers.
	 */
	@Transactional(readOnly = true)
	public List<ProgressRow> progress(long cycleId, Collection<Long> bodyIds) {
		if (bodyIds.isEmpty()) {
			return List.of();
		}
		var questionCounts = new HashMap<Long, Integer>();
		var rows = new ArrayList<ProgressRow>();
		for (var t : tallies.of(cycleId, bodyIds)) {
			int questions = questionCounts.computeIfAbsent(t.instrumentId(), id -> workspaces.instrument(id).questionCount());
			rows.add(new ProgressRow(t.submissionId(), t.bodyId(), t.status(), t.answered(), t.withEvidence(), t.needsEvidence(),
					t.evidenceMet(), questions,
					t.lastActivityAt(), t.lastActivityBy(), t.submittedAt(), t.revisionDeadline()));
		}
		return rows;
	}

	/**
	 * Every question of a submission with its current answer in words and its evidence, for read-only pages of
	 * coordinators and the commission. {@code yes}, {@code no} and {@code none} are the words for yes/no answers and
	 * an empty checklist in the reader's language.
	 */
	@Transactional(readOnly = true)
	public List<AnswerSheetRow> answerSheet(long submissionId, String yes, String no, String none) {
		var workspace = workspaces.byId(submissionId);
		var states = reader.questions(workspace);
		var rows = new ArrayList<AnswerSheetRow>();
		for (var indicator : workspace.instrument().indicators()) {
			for (var question : indicator.questions()) {
				var state = states.get(question.id());
				var value = state.value() == null ? null : AnswerValues.display(question, state.value(), yes, no, none);
				var attachments = state.evidence()
					.stream()
					.filter(a -> a.file() != null || a.link() != null)
					.map(a -> a.file() != null
							? new AnswerSheetRow.Attachment(true, a.file().id(), a.file().originalName(), null, false)
							: new AnswerSheetRow.Attachment(false, a.link().id(), a.link().title(), a.link().url(),
									a.link().broken()))
					.toList();
				rows.add(new AnswerSheetRow(indicator.code(), indicator.name(), question.code(), question.text(), value,
						attachments));
			}
		}
		return rows;
	}

	@Transactional
	public void startVerification(long submissionId) {
		find(submissionId).startVerification();
	}

	/**
	 * Hands over verification's conclusion on every item (replacing any earlier one), so that the body sees its
	 * verdicts and remarks and may object only to items that were not accepted.
	 */
	@Transactional
	public void recordOutcomes(long submissionId, Collection<ItemOutcome> outcomes) {
		find(submissionId);
		itemOutcomes.replace(submissionId, outcomes);
	}

	@Transactional(readOnly = true)
	public Map<String, ItemOutcome> outcomes(long submissionId) {
		return itemOutcomes.of(submissionId);
	}

	@Transactional
	public void markVerified(long submissionId) {
		find(submissionId).markVerified();
	}

	/**
	 * Ends a revision round whose deadline has passed without the body resending: the round closes and the
	 * submission goes back to verification with the round it sent before. Nothing happens otherwise.
	 * @return whether a lapsed round was closed
	 */
	@Transactional
	public boolean closeLapsedRevision(long submissionId) {
		var open = revisions.findFirstBySubmissionIdAndClosedAtIsNullOrderByOpenedAtDesc(submissionId);
		var submission = find(submissionId);
		if (open.isEmpty() || clock.instant().isBefore(open.get().getDeadline())
				|| submission.getStatus() != SubmissionStatus.REVISION_REQUESTED) {
			return false;
		}
		open.get().close(clock.instant());
		submission.revisionLapsed();
		return true;
	}

	/**
	 * Opens a revision round: only the chosen questions reopen, until the deadline; the body sees the message
	 * on its home page and is told by email. Refused for questions the instrument does not have, a deadline in
	 * the past, an empty message, a submission not sent yet or one with a round already open.
	 */
	@Transactional
	public void requestRevision(long submissionId, Set<String> questionCodes, Instant deadline, String message,
			long requestedBy) {
		requestRevision(submissionId, questionCodes, Map.of(), deadline, message, requestedBy);
	}

	/**
	 * Opens a revision round as above, with the assessor's comment on each reopened question (keyed by question
	 * code; questions without a comment are fine): the body reads it on that question's card and in the mail.
	 */
	@Transactional
	public void requestRevision(long submissionId, Set<String> questionCodes, Map<String, String> comments,
			Instant deadline, String message, long requestedBy) {
		var submission = find(submissionId);
		var workspace = workspaces.byId(submissionId);
		if (questionCodes.isEmpty() || questionCodes.stream().anyMatch(code -> workspace.questionByCode(code).isEmpty())) {
			throw new BusinessException("questionCodes", "submission.revision.unknownQuestion");
		}
		if (!deadline.isAfter(clock.instant())) {
			throw new BusinessException("deadline", "submission.revision.deadlinePast");
		}
		if (message == null || message.isBlank() || message.length() > MAX_MESSAGE) {
			throw new BusinessException("message", "submission.revision.message");
		}
		if (comments.values().stream().anyMatch(comment -> comment != null && comment.length() > MAX_MESSAGE)) {
			throw new BusinessException("comments", "submission.revision.comment");
		}
		if (revisions.findFirstBySubmissionIdAndClosedAtIsNullOrderByOpenedAtDesc(submissionId).isPresent()) {
			throw new BusinessException(null, "submission.revision.alreadyOpen");
		}
		submission.reopenForRevision();
		var codes = new LinkedHashSet<>(questionCodes);
		var round = revisions.save(new RevisionRound(submissionId, codes, comments, message.strip(), deadline,
				requestedBy, clock.instant()));
		events.publishEvent(new RevisionRequested(submissionId, submission.getBodyId(), codes,
				Map.copyOf(round.getComments()), deadline, message.strip()));
	}

	/**
	 * The latest sealed round as verification reviews it: every question with its guidance, the answer in words and
	 * the evidence sent with it, plus the answers as the scoring engine reads them. Empty before the first sending.
	 * {@code yes}, {@code no} and {@code none} are the words for yes/no answers and empty ones in the reader's
	 * language.
	 */
	@Transactional(readOnly = true)
	public Optional<ReviewSheet> review(long submissionId, String yes, String no, String none) {
		return reviews.latest(submissionId, submission(submissionId), yes, no, none);
	}

	/**
	 * A file that was sent with the submission (sealed in one of its rounds), with its bytes; 404 for any other
	 * file, so that a reviewer cannot read the body's library through this door.
	 */
	@Transactional(readOnly = true)
	public SnapshotFile sentFile(long submissionId, long fileId) {
		find(submissionId);
		return reviews.file(submissionId, fileId);
	}

	/** The objections filed in a cycle, oldest first, of one status or all. */
	@Transactional(readOnly = true)
	public List<ObjectionView> objections(long cycleId, @Nullable ObjectionStatus status) {
		return objections.viewsOfCycle(cycleId, status);
	}

	@Transactional(readOnly = true)
	public ObjectionView objection(long objectionId) {
		return objections.view(objectionId).orElseThrow(() -> new NotFoundException("Objection " + objectionId));
	}

	/**
	 * Records the decision on an objection: upheld or dismissed, why, by whom, when. The caller (assessment) has
	 * checked who may decide. A decided objection is refused; two deciders at once wait for each other.
	 */
	@Transactional
	public ObjectionView decideObjection(long objectionId, ObjectionStatus decision, String reason, long accountId,
			String name) {
		var objection = objections.lockById(objectionId)
			.orElseThrow(() -> new NotFoundException("Objection " + objectionId));
		objection.decide(decision, reason.strip(), accountId, name, clock.instant());
		objections.flush();
		return objection(objectionId);
	}

	private Submission find(long submissionId) {
		return submissions.findById(submissionId).orElseThrow(() -> new NotFoundException("Submission " + submissionId));
	}

	private static SubmissionView view(Submission s) {
		return new SubmissionView(s.id(), s.getCycleId(), s.getBodyId(), s.getCategoryId(), s.getInstrumentId(),
				s.getStatus(), s.getRound(), s.getSubmittedAt());
	}

	private static SnapshotView view(SubmissionSnapshot s) {
		return new SnapshotView(s.getSubmissionId(), s.getRound(), s.getSealedAt(), s.getSealedByName(),
				s.getAnswerCount(), s.getEvidenceCount(), s.getContent(), s.getFingerprint());
	}

}
