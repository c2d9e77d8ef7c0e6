package id.monevkip.questionnaire.builder;

import java.math.BigDecimal;
import java.util.List;

import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionRulesTests {

	@Test
	void aCompleteYesNoQuestionHasNoProblems() {
		assertThat(QuestionRules.problems(question(AnswerType.YES_NO, List.of(), List.of()))).isEmpty();
	}

	@Test
	void aSingleChoiceNeedsTwoOptionsWithFractionsBetweenZeroAndOne() {
		var one = List.of(new QuestionView.Option("A", "Ya", new BigDecimal("1.5")));

		assertThat(QuestionRules.problems(question(AnswerType.SINGLE_CHOICE, one, List.of())))
			.extracting(Problem::messageKey)
			.contains("question.error.options", "question.error.fraction");
	}

	@Test
	void aChecklistNeedsElementsWithPositiveWeightsAndDistinctCodes() {
		var elements = List.of(new QuestionView.Element("E1", "Satu", BigDecimal.ZERO),
				new QuestionView.Element("E1", "Dua", BigDecimal.ONE));

		assertThat(QuestionRules.problems(question(AnswerType.CHECKLIST, List.of(), elements)))
			.extracting(Problem::messageKey)
			.contains("question.error.elementWeight", "question.error.duplicateRowCode");
		assertThat(QuestionRules.problems(question(AnswerType.CHECKLIST, List.of(), List.of())))
			.extracting(Problem::messageKey)
			.containsExactly("question.error.elements");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "A B", "kode/1", "ABCDEFGHIJKLMNOPQRSTU" })
	void refusesCodesUsersCannotTypeInAFileOrUrl(String code) {
		var content = new QuestionContent(code, "Teks", null, null, AnswerType.YES_NO, BigDecimal.ONE,
				EvidenceRequirement.FILE, false, 20, List.of(), List.of(), List.of());

		assertThat(QuestionRules.problems(content)).extracting(Problem::where).contains("code");
	}

	@Test
	void readsAndWritesRowsInTheFormAndExcelNotation() {
		var options = RowText.options("A=Lengkap=1; B=Sebagian=0,5\nC=Tidak ada=0");

		assertThat(options).extracting(QuestionView.Option::fraction)
			.containsExactly(BigDecimal.ONE, new BigDecimal("0.5"), BigDecimal.ZERO);
		assertThat(RowText.ofOptions(options, "; ")).isEqualTo("A=Lengkap=1; B=Sebagian=0.5; C=Tidak ada=0");
		assertThat(RowText.thresholds("10=0.5\n30=1")).extracting(QuestionView.Threshold::minimum)
			.containsExactly(BigDecimal.TEN, new BigDecimal("30"));
		assertThatThrownBy(() -> RowText.elements("E1=Nomor")).isInstanceOf(RowText.Unreadable.class);
	}

	private static QuestionContent question(AnswerType type, List<QuestionView.Option> options,
			List<QuestionView.Element> elements) {
		return new QuestionContent("Q1", "Teks", "Petunjuk", null, type, BigDecimal.ONE, EvidenceRequirement.FILE, false,
				20, options, elements, List.of());
	}

}
