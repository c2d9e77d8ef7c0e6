package id.monevkip.questionnaire.builder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import id.monevkip.questionnaire.InstrumentStatus;
import id.monevkip.questionnaire.InstrumentView;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * An SAQ instrument of one cycle for a set of categories. Only a draft changes; publishing checks that it can
 * be scored (weights total 100, every scored question weighs something, choices have options) and freezes
 * it. A published instrument changes only through a new version: a draft copy that replaces it when
 * published, which the service allows only before the cycle's SAQ window opens.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Instrument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private String title;

	private int versionNumber;

	private @Nullable Long previousVersionId;

	@Enumerated(EnumType.STRING)
	private InstrumentStatus status;

	private boolean village;

	@ElementCollection
	@CollectionTable(name = "instrument_category", joinColumns = @JoinColumn(name = "instrument_id"))
	@Column(name = "category_id")
	private Set<Long> categoryIds = new HashSet<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "instrument_id", nullable = false)
	@OrderColumn(name = "position")
	private List<Indicator> indicators = new ArrayList<>();

	private Instant createdAt;

	private @Nullable Instant publishedAt;

	@Version
	private long version;

	public Instrument(long cycleId, String title, boolean village, Set<Long> categoryIds, Instant now) {
		this.cycleId = cycleId;
		this.title = title;
		this.village = village;
		this.categoryIds.addAll(categoryIds);
		this.versionNumber = 1;
		this.status = InstrumentStatus.DRAFT;
		this.createdAt = now;
	}

	public void changeSettings(String title, boolean village, Set<Long> categoryIds) {
		ensureDraft();
		this.title = title;
		this.village = village;
		this.categoryIds.clear();
		this.categoryIds.addAll(categoryIds);
	}

	public Indicator addIndicator(IndicatorContent content) {
		ensureDraft();
		ensureIndicatorCodeFree(content.code(), null);
		var indicator = new Indicator(content);
		indicators.add(indicator);
		return indicator;
	}

	public void changeIndicator(long indicatorId, IndicatorContent content) {
		ensureDraft();
		ensureIndicatorCodeFree(content.code(), indicatorId);
		indicator(indicatorId).apply(content);
	}

	public void removeIndicator(long indicatorId) {
		ensureDraft();
		indicators.remove(indicator(indicatorId));
	}

	public void moveIndicator(long indicatorId, boolean up) {
		ensureDraft();
		move(indicators, indicators.indexOf(indicator(indicatorId)), up);
	}

	public Question addQuestion(long indicatorId, QuestionContent content) {
		ensureDraft();
		return addQuestionTo(indicator(indicatorId), content);
	}

	/** Also used while building an imported instrument, whose indicators have no id yet. */
	public Question addQuestionTo(Indicator indicator, QuestionContent content) {
		ensureDraft();
		ensureQuestionCodeFree(content.code(), null);
		var question = new Question(content);
		indicator.getQuestions().add(question);
		return question;
	}

	public void changeQuestion(long questionId, QuestionContent content) {
		ensureDraft();
		ensureQuestionCodeFree(content.code(), questionId);
		question(questionId).apply(content);
	}

	public void removeQuestion(long questionId) {
		ensureDraft();
		indicatorOf(questionId).getQuestions().remove(question(questionId));
	}

	public void moveQuestion(long questionId, boolean up) {
		ensureDraft();
		var questions = indicatorOf(questionId).getQuestions();
		move(questions, questions.indexOf(question(questionId)), up);
	}

	/** Everything that keeps this instrument from being published; empty when it can be. */
	public List<Problem> publishProblems() {
		return PublishRules.problems(categoryIds, indicators);
	}

	/** The service has checked the cycle's SAQ window and the categories; the entity checks its content. */
	void publish(Instant now) {
		ensureDraft();
		var problems = publishProblems();
		if (!problems.isEmpty()) {
			throw new InstrumentRuleException(problems);
		}
		status = InstrumentStatus.PUBLISHED;
		publishedAt = now;
	}

	/** Back to draft, for a correction before respondents start; the service refuses it once the SAQ opened. */
	void unpublish() {
		if (status != InstrumentStatus.PUBLISHED) {
			throw new BusinessException(null, "instrument.error.notPublished");
		}
		status = InstrumentStatus.DRAFT;
		publishedAt = null;
	}

	void retire() {
		status = InstrumentStatus.RETIRED;
	}

	/** A draft copy numbered one higher, remembering which version it is meant to replace. */
	Instrument newVersion(Instant now) {
		if (status == InstrumentStatus.DRAFT) {
			throw new BusinessException(null, "instrument.error.versionOfDraft");
		}
		var copy = copyInto(cycleId, now);
		copy.versionNumber = versionNumber + 1;
		copy.previousVersionId = id;
		return copy;
	}

	/** A first-version draft with the same content in another (or the same) cycle. */
	Instrument copyInto(long targetCycleId, Instant now) {
		var copy = new Instrument(targetCycleId, title, village, categoryIds, now);
		for (var indicator : indicators) {
			var target = new Indicator(indicator.content());
			indicator.getQuestions().forEach(q -> target.getQuestions().add(new Question(QuestionContent.of(q.toView()))));
			copy.indicators.add(target);
		}
		return copy;
	}

	public InstrumentView toView() {
		return new InstrumentView(id, cycleId, title, versionNumber, status, village, Set.copyOf(categoryIds),
				createdAt, publishedAt, indicators.stream().map(Indicator::toView).toList());
	}

	public Set<Long> getCategoryIds() {
		return Collections.unmodifiableSet(new LinkedHashSet<>(categoryIds));
	}

	private void ensureDraft() {
		if (status != InstrumentStatus.DRAFT) {
			throw new BusinessException(null, "instrument.error.notDraft");
		}
	}

	private void ensureIndicatorCodeFree(String code, @Nullable Long exceptId) {
		Predicate<Indicator> other = i -> i.getId() == null || !i.getId().equals(exceptId);
		if (taken(indicators.stream().filter(other).map(Indicator::getCode).toList(), code)) {
			throw new BusinessException("code", "indicator.error.duplicateCode", code);
		}
	}

	private void ensureQuestionCodeFree(String code, @Nullable Long exceptId) {
		Predicate<Question> other = q -> q.getId() == null || !q.getId().equals(exceptId);
		var codes = indicators.stream().flatMap(i -> i.getQuestions().stream()).filter(other).map(Question::getCode).toList();
		if (taken(codes, code)) {
			throw new BusinessException("code", "question.error.duplicateCode", code);
		}
	}

	private static boolean taken(List<String> codes, String code) {
		return codes.stream().anyMatch(c -> c.equalsIgnoreCase(code));
	}

	Indicator indicator(long indicatorId) {
		return indicators.stream()
			.filter(i -> i.getId() == indicatorId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Indicator " + indicatorId));
	}

	Question question(long questionId) {
		return indicatorOf(questionId).getQuestions()
			.stream()
			.filter(q -> q.getId() == questionId)
			.findFirst()
			.orElseThrow();
	}

	private Indicator indicatorOf(long questionId) {
		return indicators.stream()
			.filter(i -> i.getQuestions().stream().anyMatch(q -> q.getId() != null && q.getId() == questionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Question " + questionId));
	}

	private static <T> void move(List<T> list, int index, boolean up) {
		int target = up ? index - 1 : index + 1;
		if (index >= 0 && target >= 0 && target < list.size()) {
			Collections.swap(list, index, target);
		}
	}

}
