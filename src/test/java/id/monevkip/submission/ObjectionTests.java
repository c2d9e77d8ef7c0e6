package id.monevkip.submission;

import java.time.Clock;
import java.util.Set;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.Stage;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.shared.BusinessException;
import id.monevkip.submission.internal.ObjectionService;
import id.monevkip.submission.internal.SubmitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Objections (sanggah): only after verification, and only while the objection window is open. */
@IntegrationTest
class ObjectionTests {

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	SubmitService submit;

	@Autowired
	SubmissionManagement management;

	@Autowired
	ObjectionService objections;

	@Autowired
	Clock clock;

	@Test
	void anObjectionBeforeVerificationIsRefused() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.first(workspace, AnswerType.FREE_TEXT);

		refused(() -> objections.file(rina, workspace.id(), question.id(), "Nilai keliru", Set.of()),
				"submission.objection.notVerified");
		work.fillAll(rina, workspace);
		submit.submit(rina, workspace.id());
		refused(() -> objections.file(rina, workspace.id(), question.id(), "Nilai keliru", Set.of()),
				"submission.objection.notVerified");
		management.startVerification(workspace.id());
		refused(() -> objections.file(rina, workspace.id(), question.id(), "Nilai keliru", Set.of()),
				"submission.objection.notVerified");
		assertThat(objections.list(workspace.id())).isEmpty();
	}

	@Test
	void afterVerificationTheObjectionWindowDecides() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.first(workspace, AnswerType.FREE_TEXT);
		work.fillAll(rina, workspace);
		submit.submit(rina, workspace.id());
		management.markVerified(workspace.id());
		var verified = work.reload(rina, workspace.id());
		var window = verified.cycle().window(Stage.OBJECTION);
		var now = clock.instant();
		String expected = window.isEmpty() ? "submission.objection.noWindow"
				: now.isBefore(window.get().opensAt()) ? "submission.objection.notYetOpen"
						: now.isBefore(window.get().closesAt()) ? null : "submission.objection.closed";

		assertThat(objections.refusal(verified)).isEqualTo(expected);
		if (expected != null) {
			refused(() -> objections.file(rina, workspace.id(), question.id(), "Nilai keliru", Set.of()), expected);
			assertThat(objections.list(workspace.id())).isEmpty();
		}
		else {
			refused(() -> objections.file(rina, workspace.id(), question.id(), " ", Set.of()),
					"submission.objection.reasonRequired");
			objections.file(rina, workspace.id(), question.id(), "Nilai keliru", Set.of());
			refused(() -> objections.file(rina, workspace.id(), question.id(), "Lagi", Set.of()),
					"submission.objection.duplicate");
			assertThat(objections.list(workspace.id())).hasSize(1);
		}
	}

	private static void refused(Runnable call, String key) {
		assertThatThrownBy(call::run).isInstanceOf(BusinessException.class)
			.extracting(ex -> ((BusinessException) ex).messageKey()).isEqualTo(key);
	}

}
