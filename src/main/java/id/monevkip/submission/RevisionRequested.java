package id.monevkip.submission;

import java.time.Instant;
import java.util.Set;

/** An assessor reopened questions of a sent submission for the body to fix by the deadline. */
public record RevisionRequested(long submissionId, long bodyId, Set<String> questionCodes, Instant deadline,
		String message) {
}
