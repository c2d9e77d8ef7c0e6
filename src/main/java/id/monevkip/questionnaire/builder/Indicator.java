package id.monevkip.questionnaire.builder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.monevkip.questionnaire.IndicatorView;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An indicator (aspek) of an instrument. Changed only through its {@link Instrument}. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private BigDecimal weight;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "indicator_id", nullable = false)
	@OrderColumn(name = "position")
	private List<Question> questions = new ArrayList<>();

	Indicator(IndicatorContent content) {
		apply(content);
	}

	void apply(IndicatorContent content) {
		code = content.code();
		name = content.name();
		weight = content.weight();
	}

	IndicatorContent content() {
		return new IndicatorContent(code, name, weight);
	}

	IndicatorView toView() {
		return new IndicatorView(id, code, name, weight, questions.stream().map(Question::toView).toList());
	}

}
