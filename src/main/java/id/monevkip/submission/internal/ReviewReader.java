package id.monevkip.submission.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.evidence.LinkCheckView;
import id.monevkip.questionnaire.scoring.Answer;
import id.monevkip.shared.NotFoundException;
import id.monevkip.submission.ReviewEvidence;
import id.monevkip.submission.ReviewItem;
import id.monevkip.submission.ReviewLinkCheck;
import id.monevkip.submission.ReviewSheet;
import id.monevkip.submission.SnapshotFile;
import id.monevkip.submission.SubmissionView;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads sealed rounds for verification: what was sent, never the live answers the body may be revising. Files are
 * served only when they were sealed in one of the submission's rounds.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ReviewReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SubmissionSnapshotRepository snapshots;

	private final RevisionRoundRepository revisions;

	private final Workspaces workspaces;

	private final EvidenceGateway evidence;

	/** The latest sealed round, empty when the body has not sent anything yet. */
	public Optional<ReviewSheet> latest(long submissionId, SubmissionView view, String yes, String no, String none) {
		var snapshot = snapshots.findBySubmissionIdOrderByRoundDesc(submissionId).stream().findFirst();
		if (snapshot.isEmpty()) {
			return Optional.empty();
		}
		var workspace = workspaces.byId(submissionId);
		var read = read(workspace, snapshot.get(), yes, no, none);
		var rounds = revisions.findBySubmissionIdOrderByOpenedAtDesc(submissionId);
		var open = rounds.stream().filter(RevisionRound::open).findFirst();
		Set<String> last = rounds.isEmpty() ? Set.of() : rounds.get(0).codes();
		return Optional.of(new ReviewSheet(view, snapshot.get().getRound(), snapshot.get().getSealedAt(),
				snapshot.get().getSealedByName(), workspace.instrument().scoringSpec(), read.answers(), read.items(),
				open.map(RevisionRound::codes).orElse(new LinkedHashSet<>()),
				open.map(RevisionRound::getDeadline).orElse(null), last));
	}

	/**
	 * Every question of one sealed round with what was sent on it, in the instrument's order (the respondent's
	 * read-only view and receipt). The caller has checked that the snapshot belongs to the workspace's submission.
	 */
	public List<ReviewItem> sent(Workspace workspace, SubmissionSnapshot snapshot, String yes, String no, String none) {
		return read(workspace, snapshot, yes, no, none).items();
	}

	private record Read(List<ReviewItem> items, List<Answer> answers) {
	}

	private Read read(Workspace workspace, SubmissionSnapshot snapshot, String yes, String no, String none) {
		var content = JSON.readValue(snapshot.getContent(), SnapshotContent.class);
		var sealed = content.answers()
			.stream()
			.collect(Collectors.toMap(SnapshotContent.SealedAnswer::questionCode, Function.identity()));
		var linkIds = content.answers().stream().flatMap(a -> a.evidence().stream())
			.filter(e -> "LINK".equals(e.kind())).map(SnapshotContent.SealedEvidence::id).distinct().toList();
		var checks = evidence.linkChecks(content.bodyId(), linkIds);
		var items = new ArrayList<ReviewItem>();
		var answers = new ArrayList<Answer>();
		for (var indicator : workspace.instrument().indicators()) {
			for (var question : indicator.questions()) {
				var answer = sealed.get(question.code());
				var value = answer == null ? null : answer.value();
				var evidenceList = answer == null ? List.<ReviewEvidence>of()
						: answer.evidence().stream().map(e -> evidence(e, checks.getOrDefault(e.id(), List.of()))).toList();
				boolean hasFile = evidenceList.stream().anyMatch(e -> !e.linkItem());
				boolean hasLink = evidenceList.stream().anyMatch(ReviewEvidence::linkItem);
				answers.add(AnswerValues.toScoring(question, value, hasFile, hasLink));
				items.add(new ReviewItem(indicator.code(), indicator.name(), question.code(), question.text(),
						question.guidance(), question.evidenceExample(), question.scored(),
						value == null ? null : AnswerValues.display(question, value, yes, no, none), evidenceList));
			}
		}
		return new Read(items, answers);
	}

	/** A file sealed in one of the submission's rounds, with its bytes; 404 for any other file. */
	public SnapshotFile file(long submissionId, long fileId) {
		boolean sealed = snapshots.findBySubmissionIdOrderByRoundDesc(submissionId)
			.stream()
			.map(s -> JSON.readValue(s.getContent(), SnapshotContent.class))
			.flatMap(c -> c.answers().stream())
			.flatMap(a -> a.evidence().stream())
			.anyMatch(e -> "FILE".equals(e.kind()) && e.id() == fileId);
		if (!sealed) {
			throw new NotFoundException("File " + fileId + " of submission " + submissionId);
		}
		var content = evidence.content(fileId);
		var file = content.file();
		return new SnapshotFile(file.id(), file.originalName(), file.contentType(), file.sizeBytes(), content.resource());
	}

	private static ReviewEvidence evidence(SnapshotContent.SealedEvidence e, List<LinkCheckView> checks) {
		var history = "LINK".equals(e.kind()) ? checks.stream()
			.map(c -> new ReviewLinkCheck(c.checkedAt(), c.status().name(), c.httpStatus(), c.trigger().name()))
			.toList() : List.<ReviewLinkCheck>of();
		return new ReviewEvidence(e.kind(), e.id(), e.name(), e.sha256(), e.contentType(), e.sizeBytes(), e.url(),
				e.linkStatus(), e.checkedAt(), history);
	}

}
