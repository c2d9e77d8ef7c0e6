package id.monevkip.questionnaire.transfer;

import java.util.Set;

import id.monevkip.IntegrationTest;
import id.monevkip.questionnaire.InstrumentFixtures;
import id.monevkip.questionnaire.InstrumentStatus;
import id.monevkip.questionnaire.InstrumentView;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.QuestionnaireManagement;
import id.monevkip.questionnaire.scoring.AnswerType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DefaultInstrumentsTests {

	@Autowired
	TransferService transfers;

	@Autowired
	QuestionnaireManagement questionnaires;

	@Autowired
	InstrumentFixtures fixtures;

	@Autowired
	InstrumentDemoData demo;

	@Test
	void theBadanPublikSaqImportsWithSixIndicatorsAndAtLeastFortyGuidedQuestions() {
		long cycleId = fixtures.cycle(false);
		var instrument = questionnaires.instrument(transfers.importFile(cycleId, Set.of(fixtures.categoryId("BUMD")),
				InstrumentDemoData.read(InstrumentDemoData.BADAN_PUBLIK)));

		assertThat(instrument.indicators()).extracting("code").containsExactly("JI", "DG", "KI", "PI", "SP", "KO");
		assertThat(instrument.indicators()).extracting(i -> i.weight().intValue()).containsExactly(40, 20, 10, 10, 10, 10);
		assertThat(instrument.questionCount()).isGreaterThanOrEqualTo(40);
		assertGuided(instrument);
		assertThat(questions(instrument)).extracting(QuestionView::answerType)
			.contains(AnswerType.YES_NO, AnswerType.SINGLE_CHOICE, AnswerType.CHECKLIST, AnswerType.NUMBER,
					AnswerType.FREE_TEXT);
	}

	@Test
	void theDesaSaqImportsWithAtLeastTwentyGuidedQuestions() {
		long cycleId = fixtures.cycle(false);
		var instrument = questionnaires.instrument(transfers.importFile(cycleId, Set.copyOf(fixtures.villageCategoryIds()),
				InstrumentDemoData.read(InstrumentDemoData.DESA)));

		assertThat(instrument.village()).isTrue();
		assertThat(instrument.questionCount()).isGreaterThanOrEqualTo(20);
		assertGuided(instrument);
	}

	@Test
	void theDemoSeedPublishesBothInstrumentsEvenInACycleWhoseSaqOpened() {
		long cycleId = fixtures.cycle(true);

		demo.seed(cycleId);

		var regular = questionnaires.instrumentFor(cycleId, fixtures.categoryId("PD_KABKOTA")).orElseThrow();
		var village = questionnaires.instrumentFor(cycleId, fixtures.categoryId("DESA")).orElseThrow();
		assertThat(regular.status()).isEqualTo(InstrumentStatus.PUBLISHED);
		assertThat(regular.title()).isEqualTo("SAQ Badan Publik");
		assertThat(village.title()).isEqualTo("SAQ Desa");
	}

	private static void assertGuided(InstrumentView instrument) {
		for (var question : questions(instrument)) {
			assertThat(question.guidance()).as("guidance of %s", question.code()).isNotBlank();
			assertThat(question.evidenceExample()).as("evidence example of %s", question.code()).isNotBlank();
			if (question.scored()) {
				assertThat(question.evidenceRequirement()).as("evidence of %s", question.code()).isNotNull();
				assertThat(question.evidenceRequirement().name()).as("evidence of %s", question.code()).isNotEqualTo("NONE");
			}
		}
	}

	private static java.util.List<QuestionView> questions(InstrumentView instrument) {
		return instrument.indicators().stream().flatMap(i -> i.questions().stream()).toList();
	}

}
