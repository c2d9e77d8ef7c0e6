package id.monevkip.submission.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** Questions an assessor reopened for the body to fix by a deadline, with a message; closed by resubmitting. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RevisionRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long submissionId;

	/** Question codes, comma-separated, in the order chosen. */
	private String questionCodes;

	private String message;

	private Instant deadline;

	private Instant openedAt;

	private long openedBy;

	private @Nullable Instant closedAt;

	public RevisionRound(long submissionId, Set<String> questionCodes, String message, Instant deadline,
			long openedBy, Instant now) {
		this.submissionId = submissionId;
		this.questionCodes = String.join(",", questionCodes);
		this.message = message;
		this.deadline = deadline;
		this.openedBy = openedBy;
		this.openedAt = now;
	}

	public Set<String> codes() {
		return new LinkedHashSet<>(Arrays.asList(questionCodes.split(",")));
	}

	public boolean reopens(String questionCode) {
		return closedAt == null && codes().contains(questionCode);
	}

	public boolean open() {
		return closedAt == null;
	}

	public void close(Instant now) {
		closedAt = now;
	}

}
