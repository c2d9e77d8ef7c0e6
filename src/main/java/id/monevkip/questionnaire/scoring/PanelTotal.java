package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;

/** One judge's submitted total for one body, the input of the leniency overview. */
public record PanelTotal(long bodyId, long judgeId, BigDecimal total) {
}
