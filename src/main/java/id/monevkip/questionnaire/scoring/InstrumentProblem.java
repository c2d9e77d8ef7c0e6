package id.monevkip.questionnaire.scoring;

import java.util.List;

/**
 * One reason an instrument cannot be scored, for the instrument builder to show: where (an indicator or item
 * code, or "instrument"), a message key of the questionnaire bundle and its arguments.
 */
public record InstrumentProblem(String where, String messageKey, List<Object> arguments) {

	public InstrumentProblem(String where, String messageKey, Object... arguments) {
		this(where, messageKey, List.of(arguments));
	}

}
