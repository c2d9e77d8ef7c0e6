package id.monevkip.submission;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One question of a sealed round as an assessor reviews it: the question with its guidance, the answer in words and
 * the evidence that was sent with it.
 *
 * @param value the answer in words, {@code null} when not answered
 * @param scored whether the question counts in the SAQ score (free text does not)
 */
public record ReviewItem(String indicatorCode, String indicatorName, String questionCode, String questionText,
		@Nullable String guidance, @Nullable String evidenceExample, boolean scored, @Nullable String value,
		List<ReviewEvidence> evidence) {

	public boolean answered() {
		return value != null;
	}

}
