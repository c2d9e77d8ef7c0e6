package id.monevkip.questionnaire.builder;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import id.monevkip.IntegrationTest;
import id.monevkip.questionnaire.InstrumentFixtures;
import id.monevkip.questionnaire.InstrumentStatus;
import id.monevkip.questionnaire.QuestionnaireManagement;
import id.monevkip.shared.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class InstrumentBuilderTests {

	@Autowired
	InstrumentService instruments;

	@Autowired
	QuestionnaireManagement questionnaires;

	@Autowired
	InstrumentFixtures fixtures;

	@Autowired
	MessageSource messages;

	long cycleId;

	@BeforeEach
	void setUp() {
		cycleId = fixtures.cycle(false);
	}

	@Test
	void refusesToPublishWhenWeightsDoNotTotalHundredWithAMessageInBothLanguages() {
		long id = fixtures.publishableDraft(cycleId, "BUMD");
		var indicator = questionnaires.instrument(id).indicators().get(1);
		instruments.changeIndicator(id, indicator.id(), new IndicatorContent("I2", "Digitalisasi", new BigDecimal("30")));

		assertThatThrownBy(() -> instruments.publish(id)).isInstanceOfSatisfying(InstrumentRuleException.class, e -> {
			var problem = e.problems().get(0);
			assertThat(problem.messageKey()).isEqualTo("instrument.error.weightTotal");
			var args = problem.arguments().toArray();
			assertThat(messages.getMessage(problem.messageKey(), args, Locale.forLanguageTag("id")))
				.isEqualTo("Total bobot indikator harus 100, saat ini 90.");
			assertThat(messages.getMessage(problem.messageKey(), args, Locale.ENGLISH))
				.isEqualTo("Indicator weights must total 100; they total 90.");
		});
		assertThat(questionnaires.instrument(id).status()).isEqualTo(InstrumentStatus.DRAFT);
	}

	@Test
	void refusesADuplicateQuestionCodeAnywhereInTheInstrument() {
		long id = fixtures.publishableDraft(cycleId, "BUMD");
		var second = questionnaires.instrument(id).indicators().get(1);

		assertThatThrownBy(() -> instruments.addQuestion(id, second.id(), InstrumentFixtures.yesNo("q1")))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("question.error.duplicateCode"));
		assertThat(questionnaires.instrument(id).questionCount()).isEqualTo(3);
	}

	@Test
	void refusesEveryEditAfterPublication() {
		long id = fixtures.publishableDraft(cycleId, "BUMD");
		instruments.publish(id);
		var view = questionnaires.instrument(id);
		long indicatorId = view.indicators().get(0).id();
		long questionId = view.indicators().get(0).questions().get(0).id();

		assertThatThrownBy(() -> instruments.addQuestion(id, indicatorId, InstrumentFixtures.yesNo("Q9")))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("instrument.error.notDraft"));
		assertThatThrownBy(() -> instruments.changeQuestion(id, questionId, InstrumentFixtures.yesNo("Q1")))
			.isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> instruments.removeIndicator(id, indicatorId)).isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> instruments.moveQuestion(id, questionId, false)).isInstanceOf(BusinessException.class);
		assertThat(questionnaires.instrument(id)).isEqualTo(view);
		assertThat(questionnaires.instrumentFor(cycleId, fixtures.categoryId("BUMD"))).contains(view);
	}

	@Test
	void refusesToPublishOnceTheSaqOpened() {
		long opened = fixtures.cycle(true);
		long id = fixtures.publishableDraft(opened, "BUMD");

		assertThatThrownBy(() -> instruments.publish(id)).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.messageKey()).isEqualTo("instrument.error.saqOpened"));
	}

	@Test
	void aNewVersionIsAnEditableDraftThatReplacesThePublishedOneWhenPublished() {
		long id = fixtures.publishableDraft(cycleId, "BUMD");
		instruments.publish(id);

		long copy = instruments.newVersion(id);
		var draft = questionnaires.instrument(copy);
		assertThat(draft.status()).isEqualTo(InstrumentStatus.DRAFT);
		assertThat(draft.versionNumber()).isEqualTo(2);
		assertThat(draft.questionCount()).isEqualTo(3);
		instruments.addQuestion(copy, draft.indicators().get(0).id(), InstrumentFixtures.yesNo("Q4"));

		instruments.publish(copy);
		assertThat(questionnaires.instrument(id).status()).isEqualTo(InstrumentStatus.RETIRED);
		assertThat(questionnaires.instrumentFor(cycleId, fixtures.categoryId("BUMD")).orElseThrow().id()).isEqualTo(copy);
	}

	@Test
	void aCategoryHasAtMostOnePublishedInstrumentPerCycle() {
		instruments.publish(fixtures.publishableDraft(cycleId, "BUMD"));
		long other = fixtures.publishableDraft(cycleId, "BUMD");

		assertThatThrownBy(() -> instruments.publish(other)).isInstanceOfSatisfying(InstrumentRuleException.class,
				e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("instrument.error.categoryTaken"));
	}

	@Test
	void reordersIndicatorsAndQuestions() {
		long id = fixtures.publishableDraft(cycleId, "BUMD");
		var view = questionnaires.instrument(id);

		instruments.moveQuestion(id, view.indicators().get(0).questions().get(1).id(), true);
		instruments.moveIndicator(id, view.indicators().get(1).id(), true);

		var moved = questionnaires.instrument(id);
		assertThat(moved.indicators()).extracting("code").containsExactly("I2", "I1");
		assertThat(moved.indicators().get(1).questions()).extracting("code").containsExactly("Q2", "Q1");
	}

	@Test
	void refusesCategoriesOfTheOtherKind() {
		assertThatThrownBy(() -> instruments.create(cycleId,
				new InstrumentSettings("Desa", true, Set.of(fixtures.categoryId("BUMD")))))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("instrument.error.categoryKind"));
	}

}
