package id.monevkip.submission.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import id.monevkip.cycle.Stage;
import id.monevkip.shared.Wita;
import id.monevkip.submission.internal.Objection;
import id.monevkip.submission.internal.RevisionRound;
import id.monevkip.submission.internal.SubmissionReader.Progress;
import id.monevkip.submission.internal.SubmissionSnapshot;
import id.monevkip.submission.internal.Workspace;
import org.jspecify.annotations.Nullable;

/**
 * What the respondent home shows about the body's submission.
 *
 * @param deadline when changes close for the body now (SAQ closing with extension, or the revision deadline)
 * @param selfScoreVisible whether the cycle lets respondents see the score they claim
 */
record HomePage(Workspace workspace, @Nullable Stage stage, Instant deadline, Instant now, Progress progress,
		List<SubmissionSnapshot> receipts, @Nullable RevisionRound revision, List<Objection> objections,
		@Nullable String objectionRefusal, boolean selfScoreVisible) {

	public boolean open() {
		return now.isBefore(deadline);
	}

	public LocalDateTime deadlineWita() {
		return LocalDateTime.ofInstant(deadline, Wita.ZONE);
	}

	/** Whole days left before the deadline. */
	public long daysLeft() {
		return Math.max(0, Duration.between(now, deadline).toDays());
	}

	/** Hours left after the whole days. */
	public long hoursLeft() {
		return Math.max(0, Duration.between(now, deadline).toHours() % 24);
	}

	/** Under three days left: the countdown turns red. */
	public boolean urgent() {
		return open() && Duration.between(now, deadline).toDays() < 3;
	}

	/**
	 * Message key of the plain sentence that says where the body stands and what happens next; its arguments are
	 * {@link #lastSentText()} and {@link #deadlineText()}.
	 */
	public String standingKey() {
		return "submission.home.standing." + workspace.submission().getStatus();
	}

	/** The status badge: grey while filling, blue while with the assessors, amber when corrections are asked for. */
	public String statusBadgeClass() {
		return switch (workspace.submission().getStatus()) {
			case NOT_STARTED, DRAFT -> "text-bg-secondary";
			case SUBMITTED, IN_VERIFICATION, RESUBMITTED -> "text-bg-primary";
			case REVISION_REQUESTED -> "text-bg-warning";
			case VERIFIED -> "text-bg-success";
		};
	}

	/** The stage in words: a body in a revision round is in revision, whatever stage the cycle's calendar is in. */
	public String stageKey() {
		if (revision != null) {
			return "stage." + Stage.REVISION;
		}
		return stage == null ? "submission.home.noStage" : "stage." + stage;
	}

	/** The latest sealed round, whose receipt is also the read-only view of what was sent. */
	public @Nullable SubmissionSnapshot lastReceipt() {
		return receipts.isEmpty() ? null : receipts.get(0);
	}

	public String lastSentText() {
		var last = lastReceipt();
		return last == null ? "" : Wita.text(last.getSealedAt());
	}

	public String deadlineText() {
		return Wita.text(deadline);
	}

	public List<id.monevkip.submission.internal.QuestionState> firstMissing() {
		return progress.missing().stream().limit(15).toList();
	}

	/** The indicator a question belongs to, for links from the missing list. */
	public long indicatorOf(long questionId) {
		return workspace.instrument().indicators().stream()
			.filter(i -> i.questions().stream().anyMatch(q -> q.id() == questionId))
			.findFirst().orElseThrow().id();
	}

}
