package id.monevkip.submission.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import id.monevkip.shared.BusinessException;
import id.monevkip.submission.ObjectionStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * A body's objection (sanggah) to the verdict on one item, with its reason and evidence files. The assessment
 * module decides it; here it is filed and shown.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Objection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long submissionId;

	private long questionId;

	private String questionCode;

	private String reason;

	@Enumerated(EnumType.STRING)
	private ObjectionStatus status;

	private Instant filedAt;

	private long filedBy;

	private String filedByName;

	private @Nullable Instant decidedAt;

	private @Nullable Long decidedBy;

	private @Nullable String decisionReason;

	private @Nullable String decidedByName;

	@ElementCollection
	@CollectionTable(name = "objection_evidence", joinColumns = @JoinColumn(name = "objection_id"))
	@Column(name = "file_id")
	private Set<Long> fileIds = new LinkedHashSet<>();

	public Objection(long submissionId, long questionId, String questionCode, String reason, Set<Long> fileIds,
			long accountId, String name, Instant now) {
		this.submissionId = submissionId;
		this.questionId = questionId;
		this.questionCode = questionCode;
		this.reason = reason;
		this.fileIds.addAll(fileIds);
		this.status = ObjectionStatus.FILED;
		this.filedAt = now;
		this.filedBy = accountId;
		this.filedByName = name;
	}

	public long id() {
		return id;
	}

	/** Upholds or dismisses the objection, once: a decided objection stays as it was decided. */
	public void decide(ObjectionStatus decision, String reason, long accountId, String name, Instant now) {
		if (status != ObjectionStatus.FILED) {
			throw new BusinessException(null, "verification.objection.alreadyDecided");
		}
		if (decision == ObjectionStatus.FILED) {
			throw new IllegalArgumentException("An objection is decided as upheld or dismissed");
		}
		this.status = decision;
		this.decisionReason = reason;
		this.decidedBy = accountId;
		this.decidedByName = name;
		this.decidedAt = now;
	}

}
