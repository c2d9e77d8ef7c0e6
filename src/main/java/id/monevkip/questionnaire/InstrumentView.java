package id.monevkip.questionnaire;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import id.monevkip.questionnaire.scoring.IndicatorSpec;
import id.monevkip.questionnaire.scoring.InstrumentSpec;
import org.jspecify.annotations.Nullable;

/** A whole instrument (SAQ) with its indicators and questions in order. */
public record InstrumentView(long id, long cycleId, String title, int versionNumber, InstrumentStatus status,
		boolean village, Set<Long> categoryIds, Instant createdAt, @Nullable Instant publishedAt,
		List<IndicatorView> indicators) {

	public BigDecimal totalWeight() {
		return indicators.stream().map(IndicatorView::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Whether the indicator weights total exactly 100, as publishing requires. */
	public boolean weightsComplete() {
		return totalWeight().compareTo(BigDecimal.valueOf(100)) == 0;
	}

	public int questionCount() {
		return indicators.stream().mapToInt(i -> i.questions().size()).sum();
	}

	/** This instrument as the scoring engine reads it: the one way answers to it are ever scored. */
	public InstrumentSpec scoringSpec() {
		return new InstrumentSpec(indicators.stream()
			.map(indicator -> new IndicatorSpec(indicator.code(), indicator.weight(),
					indicator.questions().stream().map(QuestionView::scoringSpec).toList()))
			.toList());
	}

	public boolean draft() {
		return status == InstrumentStatus.DRAFT;
	}

}
