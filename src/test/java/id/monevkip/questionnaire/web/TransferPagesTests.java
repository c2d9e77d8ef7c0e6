package id.monevkip.questionnaire.web;

import java.nio.charset.StandardCharsets;

import id.monevkip.IntegrationTest;
import id.monevkip.questionnaire.InstrumentFixtures;
import id.monevkip.questionnaire.QuestionnaireManagement;
import id.monevkip.questionnaire.builder.InstrumentService;
import id.monevkip.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class TransferPagesTests {

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

	long sourceId;

	@BeforeEach
	void setUp() {
		cycleId = fixtures.cycle(false);
		sourceId = fixtures.publishableDraft(cycleId, "BUMD");
	}

	@Test
	void downloadsJsonAndExcelAsAttachments() {
		assertThat(mvc.get().uri("/admin/instruments/" + sourceId + "/export.json").with(user(admin))).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"instrumen-" + sourceId + ".json\"")
			.bodyText()
			.contains("\"format\" : \"monev-kip-instrument/1\"");
		assertThat(mvc.get().uri("/admin/instruments/" + sourceId + "/export.xlsx").with(user(admin))).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void importsAnExportedFileAsANewDraft() {
		var file = new MockMultipartFile("file", "saq.json", "application/json",
				mvc.get().uri("/admin/instruments/" + sourceId + "/export.json").with(user(admin)).exchange()
					.getResponse().getContentAsByteArray());

		var result = mvc.post().uri("/admin/instruments/import").multipart().file(file)
			.param("cycleId", String.valueOf(cycleId))
			.param("categoryIds", String.valueOf(fixtures.categoryId("BLUD")))
			.with(user(admin)).with(csrf()).exchange();

		assertThat(result).hasStatus3xxRedirection();
		assertThat(questionnaires.instruments(cycleId)).hasSize(2);
	}

	@Test
	void showsEveryProblemOfARefusedFileInTheUsersLanguage() {
		var file = new MockMultipartFile("file", "saq.json", "application/json",
				"{\"format\": \"monev-kip-instrument/1\", \"indicators\": [{\"code\": \"A\"}]}".getBytes(StandardCharsets.UTF_8));

		var result = mvc.post().uri("/admin/instruments/import?lang=en").multipart().file(file)
			.param("cycleId", String.valueOf(cycleId))
			.with(user(admin)).with(csrf()).exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("The file was not imported; nothing was saved.", "$.title", "$.indicators[0].name",
					"$.indicators[0].weight", "Required.");
		assertThat(questionnaires.instruments(cycleId)).hasSize(1);
	}

	@Test
	void refusesAnEditAfterPublicationWithTheReason() {
		instruments.publish(sourceId);
		long questionId = questionnaires.instrument(sourceId).indicators().get(0).questions().get(0).id();

		var result = mvc.post().uri("/admin/instruments/" + sourceId + "/questions/" + questionId)
			.with(user(admin)).with(csrf())
			.param("code", "Q1").param("text", "Diubah").param("answerType", "YES_NO").param("weight", "1")
			.param("evidenceRequirement", "FILE").param("maxFileMb", "10")
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Instrumen ini sudah diterbitkan sehingga tidak dapat diubah. Buat versi baru untuk mengubahnya.");
		assertThat(questionnaires.instrument(sourceId).indicators().get(0).questions().get(0).text())
			.isEqualTo("Apakah ada Q1?");
	}

}
