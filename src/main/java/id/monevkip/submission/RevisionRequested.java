package id.monevkip.submission;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * An assessor reopened questions of a sent submission for the body to fix by the deadline.
 *
 * @param comments the assessor's comment on reopened questions, by question code (not every question has one)
 */
public record RevisionRequested(long submissionId, long bodyId, Set<String> questionCodes, Map<String, String> comments,
		Instant deadline, String message) {
}
