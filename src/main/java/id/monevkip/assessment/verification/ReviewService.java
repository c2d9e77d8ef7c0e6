package id.monevkip.assessment.verification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.assessment.AssessmentManagement;
import id.monevkip.assessment.AssignmentRole;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.scoring.ScoringEngine;
import id.monevkip.questionnaire.scoring.Verdict;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Wita;
import id.monevkip.submission.ProgressRow;
import id.monevkip.submission.ReviewItem;
import id.monevkip.submission.SnapshotFile;
import id.monevkip.submission.SubmissionManagement;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What assessors read: their verification queue, the review screen of a submission and the files sent with it. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ReviewService {

	private final SubmissionManagement submissions;

	private final VerificationAccess access;

	private final VerificationRepository verifications;

	private final ItemVerdictRepository verdicts;

	private final AssessmentManagement assessment;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final ScoreLedger ledger;

	private final MessageSource messages;

	private final java.time.Clock clock;

	/** The bodies the user verifies in the current cycle, with how far verification has come; a few queries in all. */
	public List<QueueRow> queue(CurrentUser user) {
		var cycle = cycles.current();
		if (cycle.isEmpty()) {
			return List.of();
		}
		long cycleId = cycle.get().id();
		var assigned = assessment.assignmentsOf(cycleId, user.accountId())
			.stream()
			.filter(a -> a.role() == AssignmentRole.VERIFIER)
			.toList();
		var bodyIds = assigned.stream().map(a -> a.bodyId()).toList();
		var progress = submissions.progress(cycleId, bodyIds)
			.stream()
			.collect(Collectors.toMap(ProgressRow::bodyId, Function.identity()));
		var started = verifications.findByCycleIdAndBodyIdIn(cycleId, bodyIds.isEmpty() ? List.of(-1L) : bodyIds);
		var judged = new HashMap<Long, Integer>();
		if (!started.isEmpty()) {
			var byVerification = verdicts.countByVerification(started.stream().map(Verification::id).toList())
				.stream()
				.collect(Collectors.toMap(r -> (Long) r[0], r -> ((Long) r[1]).intValue()));
			started.forEach(v -> judged.put(v.getBodyId(), byVerification.getOrDefault(v.id(), 0)));
		}
		var scores = ledger.scores(cycleId);
		var rows = new ArrayList<QueueRow>();
		for (var a : assigned) {
			var p = progress.get(a.bodyId());
			var score = scores.getOrDefault(a.bodyId(), Map.of()).get(ScoreStage.SAQ);
			rows.add(new QueueRow(a.bodyId(), a.bodyCode(), a.bodyName(), a.categoryName(),
					p == null ? null : p.submissionId(), p == null ? null : p.status(), judged.getOrDefault(a.bodyId(), 0),
					p == null ? 0 : p.questions(), score));
		}
		return rows;
	}

	/** The review screen; 404 for a submission the user does not verify or one not sent yet. */
	public ReviewPage review(CurrentUser user, long submissionId, Locale locale) {
		var submission = access.assigned(user, submissionId);
		var sheet = submissions
			.review(submissionId, text("verification.value.yes", locale), text("verification.value.no", locale),
					text("verification.value.none", locale))
			.orElseThrow(() -> new NotFoundException("No sealed round of submission " + submissionId));
		var rows = verifications.findBySubmissionId(submissionId)
			.map(v -> verdicts.findByVerificationId(v.id()))
			.orElse(List.of())
			.stream()
			.collect(Collectors.toMap(ItemVerdict::getQuestionCode, Function.identity()));
		var verdictMap = new HashMap<String, Verdict>();
		rows.forEach((code, v) -> verdictMap.put(code, v.getVerdict()));
		var self = ScoringEngine.selfScore(sheet.spec(), sheet.answers());
		var verified = ScoringEngine.verifiedScore(sheet.spec(), sheet.answers(), verdictMap);
		var pageRefusal = access.refusal(user, sheet, !sheet.lastRevisionCodes().isEmpty());
		boolean revisionRunning = sheet.revisionOpen() && clock.instant().isBefore(sheet.revisionDeadline());
		// two checks for the whole page, not one per item
		boolean mayJudge = access.refusal(user, sheet, false).isEmpty();
		boolean mayJudgeRevised = access.refusal(user, sheet, true).isEmpty();
		var byIndicator = new LinkedHashMap<String, List<ItemRow>>();
		var names = new HashMap<String, String>();
		for (ReviewItem item : sheet.items()) {
			var v = rows.get(item.questionCode());
			// after the deadline the body can no longer change it: judging it closes the lapsed round
			boolean reopened = sheet.openRevisionCodes().contains(item.questionCode()) && revisionRunning;
			boolean revised = sheet.lastRevisionCodes().contains(item.questionCode());
			boolean editable = !reopened && (revised ? mayJudgeRevised : mayJudge);
			names.put(item.indicatorCode(), item.indicatorName());
			byIndicator.computeIfAbsent(item.indicatorCode(), k -> new ArrayList<>())
				.add(new ItemRow(item, v == null ? null : v.getVerdict(), v == null ? null : v.getComment(),
						v == null ? null : v.getJudgedByName(), v == null ? null : v.getJudgedAt(), reopened, revised,
						editable));
		}
		var groups = byIndicator.entrySet()
			.stream()
			.map(e -> new ReviewPage.IndicatorGroup(e.getKey(), names.get(e.getKey()), e.getValue(),
					self.indicators().getOrDefault(e.getKey(), BigDecimal.ZERO),
					verified.indicators().getOrDefault(e.getKey(), BigDecimal.ZERO),
					e.getValue().stream().filter(r -> r.item().scored()).allMatch(r -> r.verdict() == Verdict.ACCEPTED)))
			.toList();
		int scored = (int) sheet.items().stream().filter(ReviewItem::scored).count();
		int decided = (int) sheet.items()
			.stream()
			.filter(ReviewItem::scored)
			.filter(i -> verdictMap.get(i.questionCode()) == Verdict.ACCEPTED
					|| verdictMap.get(i.questionCode()) == Verdict.REJECTED)
			.count();
		var body = directory.bodies(List.of(submission.bodyId())).get(0);
		var closes = access.closesAt(submission, !sheet.lastRevisionCodes().isEmpty());
		return new ReviewPage(sheet, body.code(), body.name(), cycles.cycle(submission.cycleId()).title(), groups,
				self.total(), verified.total(), rows.size(), decided, scored,
				pageRefusal.map(VerificationAccess.Refusal::key).orElse(null),
				pageRefusal.map(VerificationAccess.Refusal::args).orElse(null), closes.map(Wita::text).orElse("-"), revisionRunning);
	}

	/** A file sent with a submission the user verifies; 404 for anything else. */
	public SnapshotFile file(CurrentUser user, long submissionId, long fileId) {
		access.assigned(user, submissionId);
		return submissions.sentFile(submissionId, fileId);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
