package id.monevkip.submission.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import id.monevkip.questionnaire.QuestionView;
import id.monevkip.shared.Wita;
import org.jspecify.annotations.Nullable;

/**
 * A question with the body's answer and evidence, as the questionnaire page shows it.
 *
 * @param version the answer's version the page saves against; {@code null} when there is no answer yet
 * @param refusalKey why it cannot be changed now, or {@code null} when it can
 */
public record QuestionState(QuestionView question, @Nullable Long version, @Nullable String value,
		List<AttachmentView> evidence, @Nullable String refusalKey, @Nullable Instant savedAt,
		@Nullable String savedBy) {

	public boolean answered() {
		return value != null;
	}

	public boolean hasFile() {
		return evidence.stream().anyMatch(AttachmentView::fileAttached);
	}

	public boolean hasLink() {
		return evidence.stream().anyMatch(a -> !a.fileAttached());
	}

	/**
	 * Whether the evidence the answer needs is there. An answer that claims nothing ("Tidak", no element ticked,
	 * an option worth nothing, the number 0) needs none: a body without evidence answers honestly and can still send.
	 */
	public boolean evidenceMet() {
		return !claims() || question.evidenceRequirement().isMetBy(hasFile(), hasLink());
	}

	/** Whether the question asks for evidence and the attached evidence meets its requirement (for progress). */
	public boolean hasRequiredEvidence() {
		return needsEvidence() && question.evidenceRequirement().isMetBy(hasFile(), hasLink());
	}

	/** Whether the answer claims something that evidence must back. */
	public boolean claims() {
		return AnswerValues.claims(question, value);
	}

	public boolean needsEvidence() {
		return question.evidenceRequirement() != id.monevkip.questionnaire.scoring.EvidenceRequirement.NONE;
	}

	/**
	 * Whether the question needs nothing more before the body can send. A link that could not be opened does not
	 * make it incomplete: it is shown on the card and on the check page, and blocks only where the cycle says so
	 * ({@link Completeness}).
	 */
	public boolean complete() {
		return answered() && evidenceMet();
	}

	/** Whether the card shows the "evidence needed" warning: the answer claims something without its evidence. */
	public boolean missingEvidence() {
		return answered() && !evidenceMet();
	}

	/** Whether this answer needs evidence: it claims something and the question asks for evidence (for progress). */
	public boolean evidenceNeeded() {
		return answered() && needsEvidence() && claims();
	}

	/**
	 * What a claiming answer still lacks, as the card says it: the requirement itself when nothing that counts is
	 * attached, else the one kind still missing ({@code STILL_LINK}, {@code STILL_FILE}) of a file-and-link question.
	 */
	public String stillMissing() {
		var requirement = question.evidenceRequirement();
		if (requirement == id.monevkip.questionnaire.scoring.EvidenceRequirement.FILE_AND_LINK) {
			if (hasFile() && !hasLink()) {
				return "STILL_LINK";
			}
			if (hasLink() && !hasFile()) {
				return "STILL_FILE";
			}
		}
		return requirement.name();
	}

	public boolean editable() {
		return refusalKey == null;
	}

	public Set<String> ticked() {
		return AnswerValues.elements(value);
	}

	public boolean is(String candidate) {
		return candidate.equals(value);
	}

	public @Nullable LocalDateTime savedAtWita() {
		return savedAt == null ? null : LocalDateTime.ofInstant(savedAt, Wita.ZONE);
	}

	public String anchor() {
		return "q-" + question.code();
	}

}
