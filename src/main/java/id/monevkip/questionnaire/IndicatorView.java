package id.monevkip.questionnaire;

import java.math.BigDecimal;
import java.util.List;

/** An indicator (aspek) with its weight in percent and its questions in order. */
public record IndicatorView(long id, String code, String name, BigDecimal weight, List<QuestionView> questions) {
}
