package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.Map;

/** One judge's scores (0–100) for one body, by criterion code. */
public record PanelSheet(long judgeId, Map<String, BigDecimal> scores) {

	public PanelSheet {
		scores = Map.copyOf(scores);
	}

}
