package id.monevkip.submission.internal;

import java.time.Instant;
import java.util.Objects;

import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * One answer of a submission. Several people of one body may fill the questionnaire at once: every change names
 * the version it was based on, and a change based on an older version is refused as a conflict instead of
 * overwriting what somebody else saved ({@link #change}); {@code @Version} closes the race between two saves.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SubmissionAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long submissionId;

	private long questionId;

	private String questionCode;

	@Column(name = "answer_value")
	private @Nullable String value;

	private Instant updatedAt;

	private long updatedBy;

	private String updatedByName;

	/**
	 * The evidence this value must have ({@code null}: none), kept with the answer so that the database can count
	 * met requirements per submission for the progress board (V15) without knowing the questionnaire's rules.
	 */
	@Enumerated(EnumType.STRING)
	private @Nullable EvidenceRequirement evidenceNeeded;

	@Version
	private long version;

	public SubmissionAnswer(long submissionId, long questionId, String questionCode, long accountId, String name,
			Instant now) {
		this.submissionId = submissionId;
		this.questionId = questionId;
		this.questionCode = questionCode;
		touch(accountId, name, now);
	}

	public long id() {
		return id;
	}

	/**
	 * Changes the value if the writer saw the current version; saving the value already stored is never a
	 * conflict. {@code seenVersion} is {@code null} when the writer's page showed no answer yet.
	 *
	 * @return whether the value changed
	 * @throws AnswerConflictException when somebody else changed the answer since the writer loaded it
	 */
	public boolean change(QuestionView question, @Nullable String newValue, @Nullable Long seenVersion, long accountId,
			String name, Instant now) {
		if (Objects.equals(value, newValue)) {
			return false;
		}
		if (!Objects.equals(seenVersion, id == null ? null : version) && !(seenVersion == null && value == null)) {
			throw new AnswerConflictException(this);
		}
		value = newValue;
		evidenceNeeded = AnswerValues.evidenceNeeded(question, newValue);
		touch(accountId, name, now);
		return true;
	}

	private void touch(long accountId, String name, Instant now) {
		updatedAt = now;
		updatedBy = accountId;
		updatedByName = name;
	}

}
