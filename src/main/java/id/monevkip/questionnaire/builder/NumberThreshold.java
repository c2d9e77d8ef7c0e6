package id.monevkip.questionnaire.builder;

import java.math.BigDecimal;

import id.monevkip.questionnaire.QuestionView;
import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/** How a number question's threshold is stored. */
@Embeddable
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class NumberThreshold {

	private BigDecimal minimum;

	private BigDecimal fraction;

	static NumberThreshold of(QuestionView.Threshold threshold) {
		var row = new NumberThreshold();
		row.minimum = threshold.minimum();
		row.fraction = threshold.fraction();
		return row;
	}

	QuestionView.Threshold toView() {
		return new QuestionView.Threshold(minimum, fraction);
	}

}
