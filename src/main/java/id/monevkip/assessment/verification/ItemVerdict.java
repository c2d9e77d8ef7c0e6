package id.monevkip.assessment.verification;

import java.time.Instant;

import id.monevkip.questionnaire.scoring.Verdict;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** The current verdict on one item of a submission, with who gave it, when and on which sealed round. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ItemVerdict {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long verificationId;

	private String questionCode;

	@Enumerated(EnumType.STRING)
	private Verdict verdict;

	private @Nullable String comment;

	private int round;

	private @Nullable Long judgedBy;

	private String judgedByName;

	private Instant judgedAt;

	ItemVerdict(long verificationId, String questionCode) {
		this.verificationId = verificationId;
		this.questionCode = questionCode;
	}

	/** @return whether anything changed */
	boolean set(Verdict verdict, @Nullable String comment, int round, @Nullable Long by, String name, Instant now) {
		boolean changed = this.verdict != verdict || !java.util.Objects.equals(this.comment, comment);
		this.verdict = verdict;
		this.comment = comment;
		this.round = round;
		this.judgedBy = by;
		this.judgedByName = name;
		this.judgedAt = now;
		return changed;
	}

}
