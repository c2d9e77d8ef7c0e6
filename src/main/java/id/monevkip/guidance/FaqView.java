package id.monevkip.guidance;

import org.jspecify.annotations.Nullable;

/**
 * A question people often ask, with its answer (plain text).
 *
 * @param publisherName the coordinator's body, {@code null} for the commission
 */
public record FaqView(long id, String question, String answer, int sortOrder, @Nullable String publisherName) {

}
