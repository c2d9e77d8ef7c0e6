package id.monevkip.submission;

import id.monevkip.IntegrationTest;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.Completeness;
import id.monevkip.submission.internal.SubmitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** At sending every link attached to an answer is checked now, and each broken one is listed on its question. */
@IntegrationTest
class LinkCheckAtSendingTests {

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	AnswerService answers;

	@Autowired
	SubmitService submit;

	@Test
	void everyAttachedLinkIsCheckedAndEachBrokenOneBlocksSendingOnItsQuestion() {
		var body = fixtures.participant("PD_KABKOTA");
		var respondent = fixtures.respondent(body, "Lina");
		var workspace = work.open(respondent);
		var questions = SubmissionWork.questions(workspace);
		var first = questions.get(0);
		var second = questions.get(1);
		answers.addLink(respondent, workspace.id(), first.id(), "http://127.0.0.1:1/dip", "DIP");
		answers.addLink(respondent, workspace.id(), second.id(), "http://10.0.0.1/sop", "SOP");
		answers.addLink(respondent, workspace.id(), second.id(), "http://192.168.1.1/sk", "SK");
		work.fillAll(respondent, workspace);

		var outcome = submit.submit(respondent, workspace.id());

		assertThat(outcome.sealed()).isFalse();
		assertThat(outcome.completeness().problems())
			.filteredOn(p -> p.kinds().contains(Completeness.Kind.BROKEN_LINK))
			.extracting(p -> p.question().question().code())
			.containsExactlyInAnyOrder(first.code(), second.code());
		assertThat(outcome.completeness().problems().stream()
			.filter(p -> p.question().question().code().equals(second.code()))
			.flatMap(p -> p.question().evidence().stream())
			.filter(a -> a.link() != null)
			.allMatch(a -> a.link().lastCheckedAt() != null && a.broken())).isTrue();
	}

}
