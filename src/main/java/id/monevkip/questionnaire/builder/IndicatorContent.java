package id.monevkip.questionnaire.builder;

import java.math.BigDecimal;

/** An indicator's code, name and weight in percent. */
public record IndicatorContent(String code, String name, BigDecimal weight) {
}
