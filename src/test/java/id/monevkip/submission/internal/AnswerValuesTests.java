package id.monevkip.submission.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.BusinessException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerValuesTests {

	static QuestionView question(AnswerType type) {
		return new QuestionView(1, "Q-01", "Pertanyaan", null, null, type, BigDecimal.ONE, EvidenceRequirement.NONE, false,
				5, List.of(new QuestionView.Option("A", "Semua", BigDecimal.ONE), new QuestionView.Option("B", "Sebagian",
						new BigDecimal("0.5")), new QuestionView.Option("C", "Tidak ada", BigDecimal.ZERO)),
				List.of(new QuestionView.Element("E1", "Nomor", BigDecimal.ONE),
						new QuestionView.Element("E2", "Ringkasan", BigDecimal.ONE),
						new QuestionView.Element("E3", "Pejabat", BigDecimal.ONE)),
				List.of());
	}

	static List<String> posted(String... values) {
		return Arrays.asList(values);
	}

	private static void refused(AnswerType type, String key, String... values) {
		assertThatThrownBy(() -> AnswerValues.normalise(question(type), posted(values)))
			.isInstanceOf(BusinessException.class)
			.extracting(ex -> ((BusinessException) ex).messageKey())
			.isEqualTo(key);
	}

	@Test
	void yesNoAcceptsYesAndNoAndRefusesAnythingElse() {
		assertThat(AnswerValues.normalise(question(AnswerType.YES_NO), posted("YES"))).isEqualTo("YES");
		assertThat(AnswerValues.normalise(question(AnswerType.YES_NO), posted(" NO "))).isEqualTo("NO");
		refused(AnswerType.YES_NO, "submission.answer.unknownOption", "MAYBE");
		refused(AnswerType.YES_NO, "submission.answer.unknownOption", "yes");
		refused(AnswerType.YES_NO, "submission.answer.unknownOption", "YES", "NO");
	}

	@Test
	void singleChoiceAcceptsAnOfferedOptionAndRefusesAnUnknownOne() {
		assertThat(AnswerValues.normalise(question(AnswerType.SINGLE_CHOICE), posted("B"))).isEqualTo("B");
		refused(AnswerType.SINGLE_CHOICE, "submission.answer.unknownOption", "Z");
		refused(AnswerType.SINGLE_CHOICE, "submission.answer.unknownOption", "A", "B");
	}

	@Test
	void checklistKeepsTheInstrumentOrderAndRefusesAnUnknownElement() {
		assertThat(AnswerValues.normalise(question(AnswerType.CHECKLIST), posted("E3", "E1"))).isEqualTo("E1,E3");
		assertThat(AnswerValues.normalise(question(AnswerType.CHECKLIST), posted("E2", "E2"))).isEqualTo("E2");
		refused(AnswerType.CHECKLIST, "submission.answer.unknownOption", "E1", "E9");
	}

	@Test
	void checklistWithNothingTickedIsAnAnswerStoredAsEmptyText() {
		assertThat(AnswerValues.normalise(question(AnswerType.CHECKLIST), posted())).isEmpty();
		assertThat(AnswerValues.elements("")).isEmpty();
		assertThat(AnswerValues.elements(null)).isEmpty();
		assertThat(AnswerValues.elements("E1,E3")).containsExactly("E1", "E3");
	}

	@Test
	void numbersAcceptACommaDecimalAndArePlain() {
		assertThat(AnswerValues.normalise(question(AnswerType.NUMBER), posted("12,5"))).isEqualTo("12.5");
		assertThat(AnswerValues.normalise(question(AnswerType.NUMBER), posted("12.50"))).isEqualTo("12.5");
		assertThat(AnswerValues.normalise(question(AnswerType.NUMBER), posted("1200"))).isEqualTo("1200");
		assertThat(AnswerValues.normalise(question(AnswerType.NUMBER), posted(" 0 "))).isEqualTo("0");
	}

	@Test
	void negativeGarbageHugeOrSeveralNumbersAreRefused() {
		refused(AnswerType.NUMBER, "submission.answer.number", "-1");
		refused(AnswerType.NUMBER, "submission.answer.number", "dua belas");
		refused(AnswerType.NUMBER, "submission.answer.number", "1.000,5");
		refused(AnswerType.NUMBER, "submission.answer.number", "1e99");
		refused(AnswerType.NUMBER, "submission.answer.number", "1", "2");
	}

	@Test
	void textIsTrimmedAndRefusedWhenTooLong() {
		assertThat(AnswerValues.normalise(question(AnswerType.FREE_TEXT), posted("  Ada papan informasi.  ")))
			.isEqualTo("Ada papan informasi.");
		assertThat(AnswerValues.normalise(question(AnswerType.FREE_TEXT), posted("x".repeat(AnswerValues.MAX_TEXT))))
			.hasSize(AnswerValues.MAX_TEXT);
		refused(AnswerType.FREE_TEXT, "submission.answer.tooLong", "x".repeat(AnswerValues.MAX_TEXT + 1));
	}

	@Test
	void clearingGivesNullForEveryTypeButTheChecklist() {
		for (var type : List.of(AnswerType.YES_NO, AnswerType.SINGLE_CHOICE, AnswerType.NUMBER, AnswerType.FREE_TEXT)) {
			assertThat(AnswerValues.normalise(question(type), posted())).as(type.name()).isNull();
			assertThat(AnswerValues.normalise(question(type), posted("  ", null))).as(type.name()).isNull();
		}
	}

	@Test
	void toScoringReadsEveryType() {
		var yes = AnswerValues.toScoring(question(AnswerType.YES_NO), "YES", true, false);
		assertThat(yes.yes()).isTrue();
		assertThat(yes.hasFile()).isTrue();
		assertThat(yes.hasLink()).isFalse();
		assertThat(AnswerValues.toScoring(question(AnswerType.YES_NO), "NO", false, false).yes()).isFalse();
		assertThat(AnswerValues.toScoring(question(AnswerType.SINGLE_CHOICE), "B", false, true).optionCode()).isEqualTo("B");
		assertThat(AnswerValues.toScoring(question(AnswerType.CHECKLIST), "E1,E3", false, false).elementCodes())
			.isEqualTo(Set.of("E1", "E3"));
		assertThat(AnswerValues.toScoring(question(AnswerType.CHECKLIST), "", false, false).elementCodes()).isEmpty();
		assertThat(AnswerValues.toScoring(question(AnswerType.NUMBER), "12.5", false, false).number())
			.isEqualByComparingTo("12.5");
		assertThat(AnswerValues.toScoring(question(AnswerType.FREE_TEXT), "teks", false, false).itemCode()).isEqualTo("Q-01");
		var none = AnswerValues.toScoring(question(AnswerType.YES_NO), null, false, false);
		assertThat(none.yes()).isNull();
		assertThat(none.optionCode()).isNull();
		assertThat(none.number()).isNull();
	}

	@Test
	void displayUsesLabelsNotCodes() {
		assertThat(AnswerValues.display(question(AnswerType.YES_NO), "YES", "Ya", "Tidak", "-")).isEqualTo("Ya");
		assertThat(AnswerValues.display(question(AnswerType.SINGLE_CHOICE), "B", "Ya", "Tidak", "-")).isEqualTo("Sebagian");
		assertThat(AnswerValues.display(question(AnswerType.CHECKLIST), "E1,E3", "Ya", "Tidak", "-"))
			.isEqualTo("Nomor; Pejabat");
		assertThat(AnswerValues.display(question(AnswerType.CHECKLIST), "", "Ya", "Tidak", "-")).isEqualTo("-");
		assertThat(AnswerValues.display(question(AnswerType.NUMBER), null, "Ya", "Tidak", "-")).isEqualTo("-");
	}

}
