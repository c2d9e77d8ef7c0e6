package id.monevkip.submission;

import java.util.Set;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class SelfScoreAndLimitsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	CycleManagement cycles;

	final CurrentUser admin = new CurrentUser(1L, "admin@kipkaltim.test", "Admin", "{noop}x", null, Set.of(Role.ADMIN),
			true, false, false);

	@Test
	void theSelfScoreEstimateShowsWithAClaimAndDisappearsWhenTheCommissionHidesIt() {
		var body = fixtures.participant("PD_KABKOTA");
		var respondent = fixtures.respondent(body, "Sari");
		var workspace = work.open(respondent);
		var cycleId = workspace.cycle().id();
		var free = SubmissionWork.first(workspace, AnswerType.SINGLE_CHOICE);
		var best = free.options().stream().max((a, b) -> a.fraction().compareTo(b.fraction())).orElseThrow();
		if (free.evidenceRequirement() == EvidenceRequirement.NONE) {
			mvc.post().uri("/respondent/submissions/{s}/answers/{q}", workspace.id(), free.id()).param("value", best.code())
				.with(user(respondent)).with(csrf()).exchange();
		}
		assertThat(mvc.get().uri("/respondent").with(user(respondent)).exchange()).bodyText()
			.contains("Perkiraan skor mandiri");

		try {
			assertThat(mvc.post().uri("/admin/cycles/{id}/self-score", cycleId).param("visible", "false")
				.with(user(admin)).with(csrf()).exchange()).hasStatus3xxRedirection();
			assertThat(cycles.cycle(cycleId).selfScoreVisible()).isFalse();

			var home = mvc.get().uri("/respondent").with(user(respondent)).exchange();
			assertThat(home).hasStatusOk().bodyText().doesNotContain("Perkiraan skor mandiri", "skor mandiri");
			var page = mvc.get().uri("/respondent/submissions/{s}/indicators/{i}", workspace.id(),
					workspace.indicatorOf(free.id()).id()).with(user(respondent)).exchange();
			assertThat(page).hasStatusOk().bodyText().doesNotContain("skor mandiri");
		}
		finally {
			mvc.post().uri("/admin/cycles/{id}/self-score", cycleId).param("visible", "true").with(user(admin))
				.with(csrf()).exchange();
		}
		assertThat(cycles.cycle(cycleId).selfScoreVisible()).isTrue();
	}

	@Test
	void aFileOverTheLimitIsRefusedWithTheLimitInTheMessageAndNothingIsKept() {
		var body = fixtures.participant("PD_KABKOTA");
		var respondent = fixtures.respondent(body, "Sari");
		var workspace = work.open(respondent);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var limitMb = Math.min(question.maxFileMb(), 20);
		var big = new byte[limitMb * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.4\n".getBytes(), 0, big, 0, 9);
		var before = work.count("select count(*) from evidence_file where body_id = ?", body.getId());

		var response = mvc.post().uri("/respondent/submissions/{s}/answers/{q}/files", workspace.id(), question.id())
			.multipart().file(new MockMultipartFile("files", "laporan besar.pdf", "application/pdf", big))
			.header("X-Requested-With", "XMLHttpRequest").with(user(respondent)).with(csrf()).exchange();

		assertThat(response).hasStatus(422).bodyText().contains("lebih besar", String.valueOf(limitMb));
		assertThat(work.count("select count(*) from evidence_file where body_id = ?", body.getId())).isEqualTo(before);
		assertThat(work.count("select count(*) from answer_evidence e join submission_answer a on a.id = e.answer_id"
				+ " where a.submission_id = ?", workspace.id())).isZero();
	}

}
