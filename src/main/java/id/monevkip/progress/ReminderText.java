package id.monevkip.progress;

import java.util.Map;
import java.util.Set;

import id.monevkip.shared.BusinessException;

/**
 * The placeholders a reminder's subject and text may hold, and their replacement. A text is checked as a whole
 * before anything is sent, so a typo such as {@code {nama}} or a brace left open never reaches a respondent.
 */
final class ReminderText {

	static final String BODY = "badan";

	static final String DEADLINE = "batas";

	static final String LINK = "tautan";

	static final Set<String> PLACEHOLDERS = Set.of(BODY, DEADLINE, LINK);

	private ReminderText() {
	}

	/** Refuses a text with an unknown placeholder or a lone brace, naming the form field and the culprit. */
	static void check(String field, String text) {
		int at = 0;
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c == '}') {
				throw new BusinessException(field, "progress.reminder.error.brace", "}");
			}
			if (c != '{') {
				at++;
				continue;
			}
			int close = text.indexOf('}', at + 1);
			int nextOpen = text.indexOf('{', at + 1);
			if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
				throw new BusinessException(field, "progress.reminder.error.brace", "{");
			}
			String name = text.substring(at + 1, close);
			if (!PLACEHOLDERS.contains(name)) {
				throw new BusinessException(field, "progress.reminder.error.placeholder", "{" + name + "}");
			}
			at = close + 1;
		}
	}

	/** The text with its placeholders replaced; call {@link #check} first. */
	static String fill(String text, Map<String, String> values) {
		var out = new StringBuilder(text.length() + 64);
		int at = 0;
		while (at < text.length()) {
			int open = text.indexOf('{', at);
			if (open < 0) {
				out.append(text, at, text.length());
				break;
			}
			int close = text.indexOf('}', open);
			out.append(text, at, open);
			out.append(values.getOrDefault(text.substring(open + 1, close), ""));
			at = close + 1;
		}
		return out.toString();
	}

}
