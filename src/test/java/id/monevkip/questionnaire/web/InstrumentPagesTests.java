package id.monevkip.questionnaire.web;

import java.math.BigDecimal;
import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.questionnaire.InstrumentFixtures;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.QuestionnaireManagement;
import id.monevkip.questionnaire.builder.InstrumentService;
import id.monevkip.questionnaire.builder.QuestionContent;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class InstrumentPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InstrumentFixtures fixtures;

	@Autowired
	InstrumentService instruments;

	@Autowired
	QuestionnaireManagement questionnaires;

	CurrentUser admin = InstrumentFixtures.admin();

	long cycleId;

	@BeforeEach
	void setUp() {
		cycleId = fixtures.cycle(false);
	}

	@Test
	void createsAnInstrumentAndShowsTheBuilder() {
		var result = mvc.post()
			.uri("/admin/instruments")
			.with(user(admin))
			.with(csrf())
			.param("cycleId", String.valueOf(cycleId))
			.param("title", "SAQ Halaman")
			.param("categoryIds", String.valueOf(fixtures.categoryId("BLUD")))
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		long id = questionnaires.instruments(cycleId).get(0).id();
		assertThat(mvc.get().uri("/admin/instruments/" + id).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("SAQ Halaman", "Total bobot indikator: 0 dari 100", fixtures.categoryName("BLUD"))
			.doesNotContain("null");
		assertThat(mvc.get().uri("/admin/instruments?cycleId=" + cycleId).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("SAQ Halaman");
	}

	@Test
	void addsAChecklistQuestionThroughTheForm() {
		long id = fixtures.publishableDraft(cycleId, "BLUD");
		long indicatorId = questionnaires.instrument(id).indicators().get(1).id();

		var result = mvc.post()
			.uri("/admin/instruments/" + id + "/indicators/" + indicatorId + "/questions")
			.with(user(admin))
			.with(csrf())
			.param("code", "DIP1")
			.param("text", "Apakah DIP memuat unsur wajib?")
			.param("answerType", "CHECKLIST")
			.param("weight", "2")
			.param("evidenceRequirement", "FILE")
			.param("maxFileMb", "10")
			.param("allOrNothing", "true")
			.param("elements", "E1=Nomor=1\nE2=Ringkasan isi=1")
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		var question = questionnaires.instrument(id).indicators().get(1).questions().get(1);
		assertThat(question.elements()).extracting(QuestionView.Element::code).containsExactly("E1", "E2");
		assertThat(question.allOrNothing()).isTrue();
	}

	@Test
	void showsADuplicateCodeOnTheQuestionForm() {
		long id = fixtures.publishableDraft(cycleId, "BLUD");
		long indicatorId = questionnaires.instrument(id).indicators().get(0).id();

		var result = mvc.post()
			.uri("/admin/instruments/" + id + "/indicators/" + indicatorId + "/questions")
			.with(user(admin))
			.with(csrf())
			.param("code", "Q2")
			.param("text", "Lagi")
			.param("answerType", "YES_NO")
			.param("weight", "1")
			.param("evidenceRequirement", "FILE")
			.param("maxFileMb", "10")
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("Kode pertanyaan Q2 sudah dipakai di instrumen ini.");
	}

	@Test
	void publishingWithWrongWeightsShowsTheReason() {
		long id = fixtures.publishableDraft(cycleId, "BLUD");
		var indicator = questionnaires.instrument(id).indicators().get(0);
		instruments.removeIndicator(id, indicator.id());

		var result = mvc.post().uri("/admin/instruments/" + id + "/publish").with(user(admin)).with(csrf()).exchange();

		assertThat(result).hasStatus3xxRedirection();
		assertThat(result).flash().containsKey("problems");
	}

	@Test
	void previewRendersEveryAnswerTypeAsTheRespondentSeesIt() {
		long id = fixtures.publishableDraft(cycleId, "BLUD");
		long indicatorId = questionnaires.instrument(id).indicators().get(1).id();
		instruments.addQuestion(id, indicatorId, new QuestionContent("CL", "Unsur DIP", null, null, AnswerType.CHECKLIST,
				BigDecimal.ONE, EvidenceRequirement.FILE, true, 5, List.of(),
				List.of(new QuestionView.Element("E1", "Nomor urut", BigDecimal.ONE)), List.of()));
		instruments.addQuestion(id, indicatorId, new QuestionContent("NUM", "Jumlah permohonan", null, null,
				AnswerType.NUMBER, BigDecimal.ONE, EvidenceRequirement.NONE, false, 5, List.of(), List.of(),
				List.of(new QuestionView.Threshold(BigDecimal.TEN, BigDecimal.ONE))));
		instruments.addQuestion(id, indicatorId, new QuestionContent("TXT", "Inovasi layanan", null, null,
				AnswerType.FREE_TEXT, BigDecimal.ZERO, EvidenceRequirement.LINK, false, 5, List.of(), List.of(),
				List.of()));

		var page = mvc.get().uri("/admin/instruments/" + id + "/preview").with(user(admin));

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Apakah ada Q1?", "Petunjuk Q1", "Sebagian", "Nomor urut", "Nilai diberikan hanya jika semua unsur ada.",
					"Isi dengan angka", "Uraikan dengan singkat",
					"Bukti dukung: unggah berkas (maksimal 20 MB) atau cantumkan tautan.")
			.contains("type=\"checkbox\"", "type=\"radio\"", "type=\"number\"", "<textarea", "disabled");
	}

	@Test
	void everyBuilderPageRenders() {
		long id = fixtures.publishableDraft(cycleId, "BLUD");
		var indicator = questionnaires.instrument(id).indicators().get(0);
		long questionId = indicator.questions().get(0).id();

		for (String uri : List.of("/admin/instruments/new?cycleId=" + cycleId, "/admin/instruments/" + id + "/settings",
				"/admin/instruments/" + id + "/indicators/" + indicator.id() + "/edit",
				"/admin/instruments/" + id + "/indicators/" + indicator.id() + "/questions/new",
				"/admin/instruments/" + id + "/questions/" + questionId + "/edit", "/admin/instruments/import?cycleId=" + cycleId,
				"/admin/instruments?cycleId=" + cycleId, "/admin/instruments?lang=en")) {
			assertThat(mvc.get().uri(uri).with(user(admin))).as(uri).hasStatusOk();
		}
		assertThat(mvc.get().uri("/admin/instruments/" + id + "/questions/" + questionId + "/edit").with(user(admin)))
			.bodyText()
			.contains("Apakah ada Q1?", "Petunjuk Q1");
	}

	@Test
	void reordersWithPostButtons() {
		long id = fixtures.publishableDraft(cycleId, "BLUD");
		var second = questionnaires.instrument(id).indicators().get(1);

		var result = mvc.post().uri("/admin/instruments/" + id + "/indicators/" + second.id() + "/move")
			.param("up", "true").with(user(admin)).with(csrf()).exchange();

		assertThat(result).hasStatus3xxRedirection();
		assertThat(questionnaires.instrument(id).indicators().get(0).code()).isEqualTo("I2");
	}

	@Test
	void otherRolesCannotOpenTheBuilder() {
		var respondent = new CurrentUser(2L, "r@uji.test", "R", "x", null, java.util.Set.of(id.monevkip.shared.Role.RESPONDENT),
				true, false, false);
		assertThat(mvc.get().uri("/admin/instruments").with(user(respondent))).hasStatus(403);
	}

	@Test
	void copiesAnInstrumentOfAnotherCycleAsADraft() {
		long other = fixtures.cycle(true);
		long source = fixtures.publishableDraft(other, "BLUD");
		instruments.publishAsSeed(source);

		assertThat(mvc.get().uri("/admin/instruments?cycleId=" + cycleId).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("SAQ uji · Versi 1");
		var result = mvc.post().uri("/admin/instruments/copy").param("sourceId", String.valueOf(source))
			.param("cycleId", String.valueOf(cycleId)).with(user(admin)).with(csrf()).exchange();

		assertThat(result).hasStatus3xxRedirection();
		var copy = questionnaires.instruments(cycleId).get(0);
		assertThat(copy.draft()).isTrue();
		assertThat(copy.questionCount()).isEqualTo(3);
	}

}
