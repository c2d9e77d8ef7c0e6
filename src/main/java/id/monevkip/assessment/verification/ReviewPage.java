package id.monevkip.assessment.verification;

import java.math.BigDecimal;
import java.util.List;

import id.monevkip.submission.ReviewSheet;
import id.monevkip.submission.SubmissionStatus;
import org.jspecify.annotations.Nullable;

/**
 * The review screen of one submission: its latest sealed round per indicator with the verdicts so far, both scores
 * and what the assessor may do now.
 *
 * @param refusalKey why the assessor cannot judge now (conflict, window closed, completed), {@code null} when it can
 * @param deadlineText when judging closes, in WITA
 * @param revisionRunning a revision round is open and its deadline has not passed
 */
public record ReviewPage(ReviewSheet sheet, String bodyCode, String bodyName, String cycleTitle,
		List<IndicatorGroup> indicators, BigDecimal selfScore, BigDecimal verifiedScore, int judged, int decided,
		int scoredItems, @Nullable String refusalKey, @Nullable Object[] refusalArgs, String deadlineText,
		boolean revisionRunning) {

	public long submissionId() {
		return sheet.submission().id();
	}

	public SubmissionStatus status() {
		return sheet.submission().status();
	}

	public boolean canJudge() {
		return refusalKey == null && status() != SubmissionStatus.VERIFIED;
	}

	public boolean canStart() {
		return canJudge() && (status() == SubmissionStatus.SUBMITTED || status() == SubmissionStatus.RESUBMITTED);
	}

	public boolean canRequestRevision() {
		return canJudge() && status() != SubmissionStatus.REVISION_REQUESTED;
	}

	/** Whether completing can succeed: every scored item accepted or rejected and no revision open. */
	public boolean canComplete() {
		return canJudge() && status() != SubmissionStatus.REVISION_REQUESTED && decided == scoredItems;
	}

	public List<String> needsRevisionCodes() {
		return indicators.stream()
			.flatMap(i -> i.items().stream())
			.filter(ItemRow::needsRevision)
			.map(r -> r.item().questionCode())
			.toList();
	}

	public java.time.LocalDateTime sealedAtWita() {
		return java.time.LocalDateTime.ofInstant(sheet.sealedAt(), id.monevkip.shared.Wita.ZONE);
	}

	public String openRevisionText() {
		return String.join(", ", sheet.openRevisionCodes());
	}

	public String revisionDeadlineText() {
		return sheet.revisionDeadline() == null ? "-" : id.monevkip.shared.Wita.text(sheet.revisionDeadline());
	}

	public List<id.monevkip.questionnaire.scoring.Verdict> verdicts() {
		return List.of(id.monevkip.questionnaire.scoring.Verdict.values());
	}

	public List<ItemRow> items() {
		return indicators.stream().flatMap(i -> i.items().stream()).toList();
	}

	/** One indicator with its items and scores. */
	public record IndicatorGroup(String code, String name, List<ItemRow> items, BigDecimal selfScore,
			BigDecimal verifiedScore, boolean allAccepted) {
	}

}
