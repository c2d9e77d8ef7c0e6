package id.monevkip.assessment.verification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.monevkip.assessment.VerificationCompleted;
import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.questionnaire.scoring.ScoringEngine;
import id.monevkip.questionnaire.scoring.Verdict;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.ItemOutcome;
import id.monevkip.submission.ReviewItem;
import id.monevkip.submission.ReviewSheet;
import id.monevkip.submission.SubmissionManagement;
import id.monevkip.submission.SubmissionStatus;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What assessors do to a submission they verify: judge items one by one or an indicator at once, give items back in a
 * revision round and complete the verification. Every verdict change recomputes the verified SAQ with the scoring
 * engine and records it in the score ledger in the same transaction; a refusal changes nothing.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class VerificationService {

	static final int MAX_COMMENT = 2000;

	/** Ledger reasons are written once, in Indonesian, as the audit trail shows them to everybody. */
	private static final Locale LEDGER = Locale.forLanguageTag("id");

	private final SubmissionManagement submissions;

	private final VerificationAccess access;

	private final VerificationRepository verifications;

	private final ItemVerdictRepository verdicts;

	private final VerdictChangeRepository changes;

	private final ScoreLedger ledger;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	/** Moves a sent (or resent) submission into verification. */
	public void start(CurrentUser user, long submissionId) {
		var sheet = sheet(user, submissionId);
		access.requireMayJudge(user, sheet, !sheet.lastRevisionCodes().isEmpty());
		var status = sheet.submission().status();
		if (status != SubmissionStatus.SUBMITTED && status != SubmissionStatus.RESUBMITTED) {
			throw new BusinessException(null, "verification.refused.notStartable");
		}
		submissions.startVerification(submissionId);
		verification(sheet, user);
	}

	/**
	 * Gives one item a verdict (a comment is required unless it is accepted). Judging a sent submission starts its
	 * verification. Refused for an item the body is revising now.
	 * @return the verified SAQ after the change
	 */
	public BigDecimal judge(CurrentUser user, long submissionId, String itemCode, Verdict verdict,
			@Nullable String comment) {
		var sheet = sheet(user, submissionId);
		var item = item(sheet, itemCode);
		access.requireMayJudge(user, sheet, sheet.lastRevisionCodes().contains(itemCode));
		requireSent(sheet);
		if (sheet.openRevisionCodes().contains(itemCode)) {
			throw new BusinessException("verdict", "verification.refused.itemReopened", itemCode);
		}
		var text = comment == null || comment.isBlank() ? null : comment.strip();
		if (verdict != Verdict.ACCEPTED && text == null) {
			throw new BusinessException("comment", "verification.comment.required");
		}
		if (text != null && text.length() > MAX_COMMENT) {
			throw new BusinessException("comment", "verification.comment.tooLong", MAX_COMMENT);
		}
		startIfSent(sheet);
		var verification = verification(sheet, user);
		set(verification, sheet, item.questionCode(), verdict, text, VerdictChange.Cause.VERDICT, Actor.of(user));
		return record(verification, sheet, Actor.of(user), reason("verification.ledger.verdict", itemCode,
				message("verification.verdict." + verdict)));
	}

	/** Accepts every scored item of an indicator not accepted yet and not being revised; returns how many. */
	public int acceptIndicator(CurrentUser user, long submissionId, String indicatorCode) {
		var sheet = sheet(user, submissionId);
		var items = sheet.items().stream().filter(i -> i.indicatorCode().equals(indicatorCode)).toList();
		if (items.isEmpty()) {
			throw new BusinessException("indicator", "verification.refused.unknownIndicator", indicatorCode);
		}
		access.requireMayJudge(user, sheet, items.stream().anyMatch(i -> sheet.lastRevisionCodes().contains(i.questionCode())));
		requireSent(sheet);
		startIfSent(sheet);
		var verification = verification(sheet, user);
		var current = current(verification);
		int accepted = 0;
		for (var item : items) {
			if (item.scored() && current.get(item.questionCode()) != Verdict.ACCEPTED
					&& !sheet.openRevisionCodes().contains(item.questionCode())) {
				set(verification, sheet, item.questionCode(), Verdict.ACCEPTED, null, VerdictChange.Cause.BULK,
						Actor.of(user));
				accepted++;
			}
		}
		record(verification, sheet, Actor.of(user), reason("verification.ledger.bulk", indicatorCode));
		return accepted;
	}

	/**
	 * Gives the chosen items back to the body until the deadline, with a message; the submission module notifies the
	 * respondents. The items are marked as needing revision (scoring 0) until judged again after the body resends.
	 */
	public void requestRevision(CurrentUser user, long submissionId, Set<String> itemCodes, Instant deadline,
			String message) {
		var sheet = sheet(user, submissionId);
		access.requireMayJudge(user, sheet, false);
		requireSent(sheet);
		var codes = new LinkedHashSet<String>();
		for (var code : itemCodes) {
			codes.add(item(sheet, code).questionCode());
		}
		var verification = verification(sheet, user);
		var existing = verdicts.findByVerificationId(verification.id());
		// The comment the assessor wrote on an item goes with it to the body: on its card and in the mail.
		var comments = new LinkedHashMap<String, String>();
		for (var code : codes) {
			existing.stream()
				.filter(v -> v.getQuestionCode().equals(code) && v.getComment() != null && !v.getComment().isBlank())
				.map(ItemVerdict::getComment)
				.findFirst()
				.ifPresent(comment -> comments.put(code, comment));
		}
		submissions.requestRevision(submissionId, codes, comments, deadline, message, user.accountId());
		for (var code : codes) {
			set(verification, sheet, code, Verdict.NEEDS_REVISION, comments.getOrDefault(code, message.strip()),
					VerdictChange.Cause.REVISION, Actor.of(user));
		}
		record(verification, sheet, Actor.of(user), reason("verification.ledger.revision", String.join(", ", codes)));
	}

	/**
	 * Completes the verification: every scored item must be accepted or rejected and no revision round open. Marks
	 * the submission verified and publishes {@link VerificationCompleted}.
	 */
	public BigDecimal complete(CurrentUser user, long submissionId) {
		var sheet = sheet(user, submissionId);
		access.requireMayJudge(user, sheet, !sheet.lastRevisionCodes().isEmpty());
		requireSent(sheet);
		if (sheet.submission().status() == SubmissionStatus.REVISION_REQUESTED) {
			throw new BusinessException(null, "verification.refused.revisionOpen");
		}
		var verification = verification(sheet, user);
		var current = current(verification);
		long undecided = sheet.items()
			.stream()
			.filter(ReviewItem::scored)
			.filter(i -> current.get(i.questionCode()) != Verdict.ACCEPTED && current.get(i.questionCode()) != Verdict.REJECTED)
			.count();
		if (undecided > 0) {
			throw new BusinessException(null, "verification.refused.undecided", undecided);
		}
		submissions.markVerified(submissionId);
		handOver(verification, submissionId);
		verification.complete(user.accountId(), clock.instant());
		var score = record(verification, sheet, Actor.of(user), reason("verification.ledger.completed"));
		events.publishEvent(new VerificationCompleted(sheet.submission().cycleId(), sheet.submission().bodyId(),
				submissionId, score, user.accountId(), clock.instant()));
		return score;
	}

	/** Sets an item's verdict on behalf of an objection decision and records the score with the given reason. */
	BigDecimal acceptByObjection(long submissionId, String itemCode, String comment, String reason, Actor actor) {
		var sheet = submissions.review(submissionId, "YES", "NO", "-").orElseThrow();
		var verification = verifications.lockBySubmissionId(submissionId).orElseThrow();
		set(verification, sheet, itemCode, Verdict.ACCEPTED, comment, VerdictChange.Cause.OBJECTION, actor);
		handOver(verification, submissionId);
		return record(verification, sheet, actor, reason);
	}

	/**
	 * The latest sealed round; a revision round whose deadline passed without the body resending is closed first, so
	 * that its questions can be judged on what was sent before.
	 */
	private ReviewSheet sheet(CurrentUser user, long submissionId) {
		access.assigned(user, submissionId);
		submissions.closeLapsedRevision(submissionId);
		return submissions.review(submissionId, "YES", "NO", "-")
			.orElseThrow(() -> new BusinessException(null, "verification.refused.notSent"));
	}

	private static ReviewItem item(ReviewSheet sheet, String code) {
		return sheet.items()
			.stream()
			.filter(i -> i.questionCode().equals(code))
			.findFirst()
			.orElseThrow(() -> new BusinessException("itemCode", "verification.refused.unknownItem", code));
	}

	private static void requireSent(ReviewSheet sheet) {
		var status = sheet.submission().status();
		if (status == SubmissionStatus.NOT_STARTED || status == SubmissionStatus.DRAFT) {
			throw new BusinessException(null, "verification.refused.notSent");
		}
	}

	private void startIfSent(ReviewSheet sheet) {
		var status = sheet.submission().status();
		if (status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.RESUBMITTED) {
			submissions.startVerification(sheet.submission().id());
		}
	}

	/** The submission's verification, created on the first step, locked so that its verdicts are scored in turn. */
	private Verification verification(ReviewSheet sheet, CurrentUser user) {
		var s = sheet.submission();
		verifications.createIfAbsent(s.id(), s.cycleId(), s.bodyId(), user.accountId(), clock.instant());
		return verifications.lockBySubmissionId(s.id()).orElseThrow();
	}

	/** Tells the submission module the verdicts and remarks the body may now read and object to. */
	private void handOver(Verification verification, long submissionId) {
		submissions.recordOutcomes(submissionId, verdicts.findByVerificationId(verification.id())
			.stream()
			.map(v -> new ItemOutcome(v.getQuestionCode(), v.getVerdict(), v.getComment()))
			.toList());
	}

	private Map<String, Verdict> current(Verification verification) {
		var map = new HashMap<String, Verdict>();
		verdicts.findByVerificationId(verification.id()).forEach(v -> map.put(v.getQuestionCode(), v.getVerdict()));
		return map;
	}

	private void set(Verification verification, ReviewSheet sheet, String code, Verdict verdict,
			@Nullable String comment, VerdictChange.Cause cause, Actor actor) {
		var now = clock.instant();
		var row = verdicts.findByVerificationIdAndQuestionCode(verification.id(), code)
			.orElseGet(() -> new ItemVerdict(verification.id(), code));
		row.set(verdict, comment, sheet.round(), actor.accountId(), actor.name(), now);
		verdicts.save(row);
		changes.save(new VerdictChange(verification.id(), code, verdict, comment, cause, actor.accountId(),
				actor.name(), now));
	}

	private BigDecimal record(Verification verification, ReviewSheet sheet, Actor actor, String reason) {
		var score = ScoringEngine.verifiedScore(sheet.spec(), sheet.answers(), current(verification)).total();
		ledger.record(verification.getCycleId(), verification.getBodyId(), ScoreStage.SAQ, score, reason, actor);
		return score;
	}

	private String reason(String key, Object... args) {
		return messages.getMessage(key, args, LEDGER);
	}

	private String message(String key) {
		return messages.getMessage(key, null, LEDGER);
	}

}
