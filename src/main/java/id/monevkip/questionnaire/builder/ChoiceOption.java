package id.monevkip.questionnaire.builder;

import java.math.BigDecimal;

import id.monevkip.questionnaire.QuestionView;
import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/** How a single-choice option is stored with its question. */
@Embeddable
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ChoiceOption {

	private String code;

	private String label;

	private BigDecimal fraction;

	static ChoiceOption of(QuestionView.Option option) {
		var row = new ChoiceOption();
		row.code = option.code();
		row.label = option.label();
		row.fraction = option.fraction();
		return row;
	}

	QuestionView.Option toView() {
		return new QuestionView.Option(code, label, fraction);
	}

}
