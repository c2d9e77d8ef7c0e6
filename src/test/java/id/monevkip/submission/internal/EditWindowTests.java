package id.monevkip.submission.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import id.monevkip.submission.SubmissionStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditWindowTests {

	static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");

	static final Instant CLOSES = Instant.parse("2026-04-01T00:00:00Z");

	static final EditWindow WINDOW = new EditWindow(OPENS, CLOSES, null);

	@Test
	void beforeTheWindowOpensNothingCanBeChangedOrSent() {
		var before = OPENS.minusSeconds(1);
		assertThat(WINDOW.refusal(SubmissionStatus.NOT_STARTED, "Q-01", before)).contains("submission.closed.notYetOpen");
		assertThat(WINDOW.submitRefusal(SubmissionStatus.DRAFT, before)).contains("submission.closed.notYetOpen");
	}

	@Test
	void whileOpenADraftCanBeChangedAndSent() {
		assertThat(WINDOW.refusal(SubmissionStatus.NOT_STARTED, "Q-01", OPENS)).isEmpty();
		assertThat(WINDOW.refusal(SubmissionStatus.DRAFT, "Q-01", CLOSES.minusSeconds(1))).isEmpty();
		assertThat(WINDOW.submitRefusal(SubmissionStatus.DRAFT, CLOSES.minusSeconds(1))).isEmpty();
		assertThat(WINDOW.deadline(SubmissionStatus.DRAFT)).isEqualTo(CLOSES);
	}

	@Test
	void atAndAfterTheClosingNothingCanBeChangedOrSent() {
		assertThat(WINDOW.refusal(SubmissionStatus.DRAFT, "Q-01", CLOSES)).contains("submission.closed.deadline");
		assertThat(WINDOW.refusal(SubmissionStatus.DRAFT, "Q-01", CLOSES.plusSeconds(3600)))
			.contains("submission.closed.deadline");
		assertThat(WINDOW.submitRefusal(SubmissionStatus.DRAFT, CLOSES)).contains("submission.closed.deadline");
	}

	@Test
	void anExtensionLaterThanTheWindowKeepsItOpenUntilTheExtension() {
		var extended = new EditWindow(OPENS, CLOSES.plus(Duration.ofDays(7)), null);
		var afterWindow = CLOSES.plus(Duration.ofDays(3));
		assertThat(extended.refusal(SubmissionStatus.DRAFT, "Q-01", afterWindow)).isEmpty();
		assertThat(extended.submitRefusal(SubmissionStatus.DRAFT, afterWindow)).isEmpty();
		assertThat(extended.refusal(SubmissionStatus.DRAFT, "Q-01", CLOSES.plus(Duration.ofDays(7))))
			.contains("submission.closed.deadline");
		assertThat(extended.deadline(SubmissionStatus.DRAFT)).isEqualTo(CLOSES.plus(Duration.ofDays(7)));
	}

	@Test
	void aSentSubmissionRefusesEveryChangeEvenInsideTheWindow() {
		for (var status : List.of(SubmissionStatus.SUBMITTED, SubmissionStatus.IN_VERIFICATION,
				SubmissionStatus.RESUBMITTED, SubmissionStatus.VERIFIED)) {
			assertThat(WINDOW.refusal(status, "Q-01", OPENS.plusSeconds(60))).as(status.name())
				.contains("submission.closed.sent");
			assertThat(WINDOW.submitRefusal(status, OPENS.plusSeconds(60))).as(status.name())
				.contains("submission.closed.sent");
		}
	}

	@Test
	void aRevisionRoundReopensOnlyItsQuestionsUntilItsDeadlineEvenAfterTheWindow() {
		var deadline = CLOSES.plus(Duration.ofDays(20));
		var round = new RevisionRound(1L, new LinkedHashSet<>(List.of("Q-01", "Q-05")), "Perbaiki", deadline, 9L,
				CLOSES.plus(Duration.ofDays(10)));
		var window = new EditWindow(OPENS, CLOSES, round);
		var during = CLOSES.plus(Duration.ofDays(12));

		assertThat(window.refusal(SubmissionStatus.REVISION_REQUESTED, "Q-01", during)).isEmpty();
		assertThat(window.refusal(SubmissionStatus.REVISION_REQUESTED, "Q-05", during)).isEmpty();
		assertThat(window.refusal(SubmissionStatus.REVISION_REQUESTED, "Q-02", during))
			.contains("submission.closed.notInRevision");
		assertThat(window.submitRefusal(SubmissionStatus.REVISION_REQUESTED, during)).isEmpty();
		assertThat(window.deadline(SubmissionStatus.REVISION_REQUESTED)).isEqualTo(deadline);

		assertThat(window.refusal(SubmissionStatus.REVISION_REQUESTED, "Q-01", deadline))
			.contains("submission.closed.revisionDeadline");
		assertThat(window.submitRefusal(SubmissionStatus.REVISION_REQUESTED, deadline))
			.contains("submission.closed.revisionDeadline");
	}

	@Test
	void aClosedRevisionRoundReopensNothing() {
		var round = new RevisionRound(1L, new LinkedHashSet<>(List.of("Q-01")), "Perbaiki", CLOSES.plus(Duration.ofDays(20)),
				9L, CLOSES);
		round.close(CLOSES.plus(Duration.ofDays(1)));
		var window = new EditWindow(OPENS, CLOSES, round);
		assertThat(window.refusal(SubmissionStatus.REVISION_REQUESTED, "Q-01", CLOSES.plus(Duration.ofDays(2))))
			.contains("submission.closed.notInRevision");
		assertThat(new EditWindow(OPENS, CLOSES, null).submitRefusal(SubmissionStatus.REVISION_REQUESTED, OPENS))
			.contains("submission.closed.revisionDeadline");
	}

}
