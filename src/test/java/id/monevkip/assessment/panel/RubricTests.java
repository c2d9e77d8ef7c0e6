package id.monevkip.assessment.panel;

import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.questionnaire.scoring.PanelRule;
import id.monevkip.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static id.monevkip.assessment.panel.PanelFixtures.criterion;
import static id.monevkip.assessment.panel.PanelFixtures.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Admins writing rubrics: weights never above 100 (exactly 100 before judges can score), sensible levels, a lock. */
@IntegrationTest
class RubricTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PanelFixtures fixtures;

	@Autowired
	RubricService rubrics;

	@Autowired
	JudgingService judging;

	@Test
	void criteriaAreAddedUntilTheWeightsTotalOneHundred() {
		var cycleId = fixtures.cycle(true);
		assertThat(add(cycleId, "K1", "Komitmen pimpinan", "60", "0", "50", "Kurang", "51", "100", "Baik"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(rubrics.rubric(cycleId, PanelStage.PRESENTATION).ready()).isFalse();
		assertThat(mvc.get().uri("/admin/cycles/{id}/rubrics", cycleId).with(user(fixtures.admin())))
			.hasStatusOk()
			.bodyText()
			.contains("Belum siap: bobot baru 60 dari 100", "Komitmen pimpinan", "0–50: Kurang");

		assertThat(add(cycleId, "K2", "Inovasi", "50", "0", "50", "Kurang", "51", "100", "Baik")).hasStatusOk()
			.bodyText()
			.contains("Dengan bobot ini jumlah bobot menjadi 110, lebih dari 100. Sisa bobot yang dapat dipakai 40.");
		assertThat(add(cycleId, "k1", "Lagi", "10", "0", "50", "Kurang", "51", "100", "Baik")).hasStatusOk()
			.bodyText()
			.contains("Kode K1 sudah dipakai");
		assertThat(rubrics.rubric(cycleId, PanelStage.PRESENTATION).criteria()).hasSize(1);

		assertThat(add(cycleId, "K2", "Inovasi", "40", "0", "50", "Kurang", "51", "100", "Baik"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(rubrics.rubric(cycleId, PanelStage.PRESENTATION).ready()).isTrue();
	}

	@Test
	void levelsMustRunFromZeroToOneHundredWithoutGaps() {
		var cycleId = fixtures.cycle(true);
		assertThat(add(cycleId, "K1", "Komitmen", "50", "0", "50", "Kurang", "55", "100", "Baik")).hasStatusOk()
			.bodyText()
			.contains("Tingkat 2 harus mulai dari nilai 51");
		assertThat(add(cycleId, "K1", "Komitmen", "50", "0", "50", "Kurang", "51", "90", "Baik")).hasStatusOk()
			.bodyText()
			.contains("Tingkat terakhir harus berakhir di nilai 100.");
		assertThat(add(cycleId, "K1", "Komitmen", "50", "0", "100", "Semua", "", "", "")).hasStatusOk()
			.bodyText()
			.contains("Isi paling sedikit dua tingkat.");
		assertThat(add(cycleId, "K1", "Komitmen", "50", "0", "50", "Kurang", "51", "100", "")).hasStatusOk()
			.bodyText()
			.contains("Tingkat 2 belum lengkap");
		assertThat(add(cycleId, "K1", "Komitmen", "0", "0", "50", "Kurang", "51", "100", "Baik")).hasStatusOk()
			.bodyText()
			.contains("Bobot harus bilangan bulat 1 sampai 100.");
		assertThat(rubrics.rubric(cycleId, PanelStage.PRESENTATION).criteria()).isEmpty();
	}

	@Test
	void aWholeRubricMustWeighExactlyOneHundred() {
		var cycleId = fixtures.cycle(true);
		assertThatThrownBy(() -> rubrics.define(cycleId, PanelStage.VISITATION, PanelRule.MEAN, 10,
				List.of(criterion("V1", "Sarana", 50), criterion("V2", "Pelayanan", 40))))
			.isInstanceOf(BusinessException.class)
			.hasMessage("panels.rubric.weight.notHundred");
		assertThat(rubrics.rubric(cycleId, PanelStage.VISITATION).criteria()).isEmpty();
	}

	@Test
	void aRubricCannotChangeOnceAJudgeHasSubmitted() {
		var cycleId = fixtures.cycle(true);
		fixtures.rubric(cycleId, PanelRule.MEAN, 20);
		var body = fixtures.participant(cycleId);
		var judge = fixtures.judge(cycleId, body, "Juri Kunci");
		judging.submit(judge, cycleId, body.getId(), PanelStage.PRESENTATION, scores(70, 70, 70), null);
		var criterionId = rubrics.rubric(cycleId, PanelStage.PRESENTATION).criteria().get(0).id();
		assertThat(mvc.post()
			.uri("/admin/cycles/{id}/rubrics/PRESENTATION/criteria/{c}", cycleId, criterionId)
			.param("code", "K1")
			.param("name", "Diubah")
			.param("weight", "40")
			.param("levels[0].minScore", "0")
			.param("levels[0].maxScore", "50")
			.param("levels[0].description", "Kurang")
			.param("levels[1].minScore", "51")
			.param("levels[1].maxScore", "100")
			.param("levels[1].description", "Baik")
			.with(user(fixtures.admin()))
			.with(csrf())).hasStatusOk().bodyText().contains("sudah ada juri yang mengirim nilai");
		assertThat(rubrics.rubric(cycleId, PanelStage.PRESENTATION).criteria().get(0).name())
			.isEqualTo("Komitmen pimpinan");
		assertThat(mvc.get().uri("/admin/cycles/{id}/rubrics", cycleId).with(user(fixtures.admin())))
			.hasStatusOk()
			.bodyText()
			.contains("Terkunci");
	}

	@Test
	void theRubricPagesStayWithAdmins() {
		var cycleId = fixtures.cycle(true);
		var juror = fixtures.person(id.monevkip.shared.Role.JUROR, "Juri Biasa");
		assertThat(mvc.get().uri("/admin/cycles/{id}/rubrics", cycleId).with(user(juror)))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult add(long cycleId, String code, String name, String weight, String min1, String max1,
			String text1, String min2, String max2, String text2) {
		return mvc.post()
			.uri("/admin/cycles/{id}/rubrics/PRESENTATION/criteria", cycleId)
			.param("code", code)
			.param("name", name)
			.param("weight", weight)
			.param("levels[0].minScore", min1)
			.param("levels[0].maxScore", max1)
			.param("levels[0].description", text1)
			.param("levels[1].minScore", min2)
			.param("levels[1].maxScore", max2)
			.param("levels[1].description", text2)
			.param("levels[2].minScore", "")
			.param("levels[2].maxScore", "")
			.param("levels[2].description", "")
			.with(user(fixtures.admin()))
			.with(csrf())
			.exchange();
	}

}
