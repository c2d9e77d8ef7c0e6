package id.monevkip.submission.internal;

import java.time.Instant;

import id.monevkip.shared.BusinessException;
import id.monevkip.submission.SubmissionStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionTests {

	static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

	private static Submission fresh() {
		return new Submission(1, 2, 3, 4, NOW);
	}

	private static void refusedWith(Runnable change, String key) {
		assertThatThrownBy(change::run).isInstanceOf(BusinessException.class)
			.extracting(ex -> ((BusinessException) ex).messageKey())
			.isEqualTo(key);
	}

	@Test
	void aNewSubmissionIsNotStartedAndOpen() {
		var submission = fresh();
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.NOT_STARTED);
		assertThat(submission.getRound()).isZero();
		assertThat(submission.getStatus().open()).isTrue();
		assertThat(submission.getSubmittedAt()).isNull();
	}

	@Test
	void sealingSendsRoundOneAndASecondSealIsRefused() {
		var submission = fresh();
		assertThat(submission.seal("Rina", NOW)).isEqualTo(1);
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(submission.getSubmittedAt()).isEqualTo(NOW);
		assertThat(submission.getSubmittedByName()).isEqualTo("Rina");

		refusedWith(() -> submission.seal("Budi", NOW.plusSeconds(5)), "submission.submit.alreadySent");
		assertThat(submission.getRound()).isEqualTo(1);
		assertThat(submission.getSubmittedByName()).isEqualTo("Rina");
	}

	@Test
	void aRevisionRoundIsResubmittedAsRoundTwo() {
		var submission = fresh();
		submission.seal("Rina", NOW);
		submission.startVerification();
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.IN_VERIFICATION);
		submission.reopenForRevision();
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.REVISION_REQUESTED);

		assertThat(submission.seal("Budi", NOW.plusSeconds(60))).isEqualTo(2);
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.RESUBMITTED);
		assertThat(submission.getSubmittedByName()).isEqualTo("Budi");
		refusedWith(() -> submission.seal("Budi", NOW.plusSeconds(90)), "submission.submit.alreadySent");

		submission.markVerified();
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.VERIFIED);
		refusedWith(() -> submission.seal("Budi", NOW.plusSeconds(120)), "submission.submit.alreadySent");
	}

	@Test
	void verificationAndRevisionNeedASentSubmission() {
		var submission = fresh();
		refusedWith(submission::startVerification, "submission.status.notSent");
		refusedWith(submission::reopenForRevision, "submission.status.notSent");
		refusedWith(submission::markVerified, "submission.status.notSent");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.NOT_STARTED);
	}

	@Test
	void aVerifiedSubmissionCannotBeReopenedOrVerifiedAgain() {
		var submission = fresh();
		submission.seal("Rina", NOW);
		submission.markVerified();
		refusedWith(submission::reopenForRevision, "submission.status.notSent");
		refusedWith(submission::startVerification, "submission.status.notSent");
		refusedWith(submission::markVerified, "submission.status.notSent");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.VERIFIED);
	}

	@Test
	void aRevisionRequestedSubmissionCannotBeVerifiedBeforeItIsResent() {
		var submission = fresh();
		submission.seal("Rina", NOW);
		submission.reopenForRevision();
		refusedWith(submission::markVerified, "submission.status.notSent");
		refusedWith(submission::startVerification, "submission.status.notSent");
		refusedWith(submission::reopenForRevision, "submission.status.notSent");
	}

	@Test
	void statusesSayWhetherTheyAreOpen() {
		assertThat(SubmissionStatus.DRAFT.open()).isTrue();
		assertThat(SubmissionStatus.SUBMITTED.sent()).isTrue();
		assertThat(SubmissionStatus.REVISION_REQUESTED.open()).isFalse();
	}

}
