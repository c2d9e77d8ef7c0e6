package id.monevkip.assessment.verification;

import java.time.Instant;

import id.monevkip.questionnaire.scoring.Verdict;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** One change of an item's verdict, kept for the record: who changed what, when and through which step. */
@Entity
@Table(name = "item_verdict_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class VerdictChange {

	/** The step that changed a verdict. */
	enum Cause {

		VERDICT, BULK, REVISION, OBJECTION

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long verificationId;

	private String questionCode;

	@Enumerated(EnumType.STRING)
	private Verdict verdict;

	private @Nullable String comment;

	@Enumerated(EnumType.STRING)
	private Cause cause;

	private @Nullable Long changedBy;

	private String changedByName;

	private Instant changedAt;

	VerdictChange(long verificationId, String questionCode, Verdict verdict, @Nullable String comment, Cause cause,
			@Nullable Long changedBy, String changedByName, Instant changedAt) {
		this.verificationId = verificationId;
		this.questionCode = questionCode;
		this.verdict = verdict;
		this.comment = comment;
		this.cause = cause;
		this.changedBy = changedBy;
		this.changedByName = changedByName;
		this.changedAt = changedAt;
	}

}
