package id.monevkip.questionnaire.builder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** A question of an indicator. Changed only through its {@link Instrument}, which guards the draft state. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Question {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String text;

	private @Nullable String guidance;

	private @Nullable String evidenceExample;

	@Enumerated(EnumType.STRING)
	private AnswerType answerType;

	private BigDecimal weight;

	@Enumerated(EnumType.STRING)
	private EvidenceRequirement evidenceRequirement;

	private boolean allOrNothing;

	private int maxFileMb;

	@ElementCollection
	@CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "position")
	private List<ChoiceOption> options = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "question_element", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "position")
	private List<ChecklistElement> elements = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "question_threshold", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "position")
	private List<NumberThreshold> thresholds = new ArrayList<>();

	Question(QuestionContent content) {
		apply(content);
	}

	/** Rows that do not belong to the answer type are dropped, so a type change leaves nothing stale. */
	void apply(QuestionContent content) {
		code = content.code();
		text = content.text();
		guidance = content.guidance();
		evidenceExample = content.evidenceExample();
		answerType = content.answerType();
		weight = content.answerType() == AnswerType.FREE_TEXT ? BigDecimal.ZERO : content.weight();
		evidenceRequirement = content.evidenceRequirement();
		allOrNothing = content.answerType() == AnswerType.CHECKLIST && content.allOrNothing();
		maxFileMb = content.maxFileMb();
		options.clear();
		elements.clear();
		thresholds.clear();
		switch (content.answerType()) {
			case SINGLE_CHOICE -> content.options().forEach(o -> options.add(ChoiceOption.of(o)));
			case CHECKLIST -> content.elements().forEach(e -> elements.add(ChecklistElement.of(e)));
			case NUMBER -> content.thresholds().forEach(t -> thresholds.add(NumberThreshold.of(t)));
			default -> {
			}
		}
	}

	QuestionView toView() {
		return new QuestionView(id, code, text, guidance, evidenceExample, answerType, weight, evidenceRequirement,
				allOrNothing, maxFileMb, options.stream().map(ChoiceOption::toView).toList(),
				elements.stream().map(ChecklistElement::toView).toList(),
				thresholds.stream().map(NumberThreshold::toView).toList());
	}

}
