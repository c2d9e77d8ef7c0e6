package id.monevkip.submission.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * Questions an assessor reopened for the body to fix by a deadline, with a message and the assessor's comment on
 * each question (where there is one); closed by resubmitting.
 */
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

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "revision_round_comment", joinColumns = @JoinColumn(name = "revision_round_id"))
	@MapKeyColumn(name = "question_code")
	@Column(name = "comment")
	private Map<String, String> comments = new LinkedHashMap<>();

	public RevisionRound(long submissionId, Set<String> questionCodes, String message, Instant deadline,
			long openedBy, Instant now) {
		this(submissionId, questionCodes, Map.of(), message, deadline, openedBy, now);
	}

	/** A round whose questions carry the assessor's comments; comments on questions not reopened are ignored. */
	public RevisionRound(long submissionId, Set<String> questionCodes, Map<String, String> comments, String message,
			Instant deadline, long openedBy, Instant now) {
		this.submissionId = submissionId;
		this.questionCodes = String.join(",", questionCodes);
		comments.forEach((code, comment) -> {
			if (questionCodes.contains(code) && comment != null && !comment.isBlank()) {
				this.comments.put(code, comment.strip());
			}
		});
		this.message = message;
		this.deadline = deadline;
		this.openedBy = openedBy;
		this.openedAt = now;
	}

	public Set<String> codes() {
		return new LinkedHashSet<>(Arrays.asList(questionCodes.split(",")));
	}

	/** The assessor's comment on a question of this round, or {@code null} when there is none. */
	public @Nullable String commentOn(String questionCode) {
		return comments.get(questionCode);
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
