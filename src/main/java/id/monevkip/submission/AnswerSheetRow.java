package id.monevkip.submission;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One question of a submission as coordinators and the commission read it, in the instrument's order.
 *
 * @param value the answer in words, {@code null} when not answered
 */
public record AnswerSheetRow(String indicatorCode, String indicatorName, String questionCode, String questionText,
		@Nullable String value, List<Attachment> attachments) {

	/**
	 * A file (open it at {@code /evidence/{id}}) or a link attached to the answer.
	 *
	 * @param url the link's address, {@code null} for a file
	 */
	public record Attachment(boolean file, long itemId, String name, @Nullable String url, boolean broken) {
	}

}
