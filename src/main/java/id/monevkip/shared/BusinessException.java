package id.monevkip.shared;

import java.util.List;

/**
 * A rule of the domain refused a request. Carries a message key (and arguments) so that the page can
 * show it in the user's language; {@code field} names the form field it belongs to, if any.
 */
public class BusinessException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	private final String field;

	public BusinessException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}

}
