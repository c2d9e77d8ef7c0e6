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
