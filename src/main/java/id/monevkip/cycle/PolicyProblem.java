package id.monevkip.cycle;

import java.util.List;

/** One reason a scoring policy or timetable is refused: the form field, a message key and its arguments. */
public record PolicyProblem(String field, String messageKey, List<Object> arguments) {

	public PolicyProblem(String field, String messageKey, Object... arguments) {
		this(field, messageKey, List.of(arguments));
	}

}
