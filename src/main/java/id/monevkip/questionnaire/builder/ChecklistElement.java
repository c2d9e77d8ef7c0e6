package id.monevkip.questionnaire.builder;

import java.math.BigDecimal;

import id.monevkip.questionnaire.QuestionView;
import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/** How a checklist element is stored with its question. */
@Embeddable
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ChecklistElement {

	private String code;

	private String label;

	private BigDecimal weight;

	static ChecklistElement of(QuestionView.Element element) {
		var row = new ChecklistElement();
		row.code = element.code();
		row.label = element.label();
		row.weight = element.weight();
		return row;
	}

	QuestionView.Element toView() {
		return new QuestionView.Element(code, label, weight);
	}

}
