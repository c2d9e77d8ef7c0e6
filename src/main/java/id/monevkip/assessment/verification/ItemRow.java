package id.monevkip.assessment.verification;

import java.time.Instant;
import java.time.LocalDateTime;

import id.monevkip.questionnaire.scoring.Verdict;
import id.monevkip.shared.Wita;
import id.monevkip.submission.ReviewItem;
import org.jspecify.annotations.Nullable;

/**
 * One item of the review screen: the sealed answer with its verdict so far.
 *
 * @param reopened the body is revising it now (an open revision round gave it back)
 * @param revised it was part of the latest revision round, so its answer may have changed
 * @param editable whether the assessor may judge it now
 */
public record ItemRow(ReviewItem item, @Nullable Verdict verdict, @Nullable String comment,
		@Nullable String judgedByName, @Nullable Instant judgedAt, boolean reopened, boolean revised,
		boolean editable) {

	public boolean needsRevision() {
		return verdict == Verdict.NEEDS_REVISION;
	}

	public boolean is(String candidate) {
		return verdict != null && verdict.name().equals(candidate);
	}

	public String anchor() {
		return "item-" + item.questionCode().replaceAll("[^A-Za-z0-9_-]", "-");
	}

	public String badgeClass() {
		if (verdict == null) {
			return "text-bg-light border";
		}
		return switch (verdict) {
			case ACCEPTED -> "text-bg-success";
			case REJECTED -> "text-bg-danger";
			case NEEDS_REVISION -> "text-bg-warning";
		};
	}

	public @Nullable LocalDateTime judgedAtWita() {
		return judgedAt == null ? null : LocalDateTime.ofInstant(judgedAt, Wita.ZONE);
	}

}
