package id.monevkip.guidance.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A question people often ask and its answer; lists show them by {@code sortOrder}. */
@Entity
@Table(name = "guidance_faq")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FaqEntry extends GuidanceItem {

	private String question;

	private String answer;

	private int sortOrder;

	public FaqEntry(Publisher publisher, FaqDraft draft, String by, Instant now) {
		super(publisher, by, now);
		apply(draft);
	}

	public void update(FaqDraft draft, String by, Instant now) {
		apply(draft);
		touched(by, now);
	}

	private void apply(FaqDraft draft) {
		this.question = draft.question();
		this.answer = draft.answer();
		this.sortOrder = draft.sortOrder();
	}

}
