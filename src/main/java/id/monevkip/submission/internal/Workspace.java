package id.monevkip.submission.internal;

import java.time.Instant;
import java.util.Optional;

import id.monevkip.cycle.CycleView;
import id.monevkip.questionnaire.IndicatorView;
import id.monevkip.questionnaire.InstrumentView;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.shared.NotFoundException;

/** A submission with what every page and change of it needs: its cycle, instrument and edit window. */
public record Workspace(Submission submission, CycleView cycle, InstrumentView instrument, EditWindow window) {

	public long id() {
		return submission.id();
	}

	public QuestionView question(long questionId) {
		return instrument.indicators()
			.stream()
			.flatMap(indicator -> indicator.questions().stream())
			.filter(q -> q.id() == questionId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Question " + questionId));
	}

	public Optional<QuestionView> questionByCode(String code) {
		return instrument.indicators()
			.stream()
			.flatMap(indicator -> indicator.questions().stream())
			.filter(q -> q.code().equals(code))
			.findFirst();
	}

	public IndicatorView indicator(long indicatorId) {
		return instrument.indicators()
			.stream()
			.filter(i -> i.id() == indicatorId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Indicator " + indicatorId));
	}

	/** The deadline that counts now, as people read it (WITA). */
	public String deadlineText() {
		return id.monevkip.shared.Wita.text(window.deadline(submission.getStatus()));
	}

	/** The indicator a question belongs to. */
	public IndicatorView indicatorOf(long questionId) {
		return instrument.indicators()
			.stream()
			.filter(i -> i.questions().stream().anyMatch(q -> q.id() == questionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Question " + questionId));
	}

	/** Why this question cannot be changed now (message key), if it cannot. */
	public Optional<String> refusal(QuestionView question, Instant now) {
		return window.refusal(submission.getStatus(), question.code(), now);
	}

}
