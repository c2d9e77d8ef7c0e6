package id.monevkip.questionnaire;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.scoring.Answer;
import id.monevkip.questionnaire.scoring.ScoringEngine;
import id.monevkip.shared.Wita;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped questionnaires, as published into the demo cycles, are valid input for the one scoring engine:
 * perfect answers with their evidence score exactly 100, no answers score 0.
 */
@IntegrationTest
class DefaultInstrumentScoringTests {

	@Autowired
	CycleManagement cycles;

	@Autowired
	QuestionnaireManagement questionnaires;

	@Autowired
	DirectoryManagement directory;

	List<InstrumentView> publishedDemoInstruments() {
		long organiser = directory.bodyByCode("KIP-KALTIM").orElseThrow().id();
		int year = Year.now(Wita.ZONE).getValue();
		var current = cycles.all()
			.stream()
			.filter(c -> c.organiserBodyId() == organiser && c.year() == year)
			.findFirst()
			.orElseThrow();
		var published = questionnaires.instruments(current.id())
			.stream()
			.filter(i -> i.status() == InstrumentStatus.PUBLISHED)
			.map(i -> questionnaires.instrument(i.id()))
			.toList();
		assertThat(published).hasSizeGreaterThanOrEqualTo(2);
		return published;
	}

	@Test
	void publishedInstrumentsAreValidForTheEngine() {
		for (var instrument : publishedDemoInstruments()) {
			assertThat(instrument.scoringSpec().problems()).as(instrument.title()).isEmpty();
		}
	}

	@Test
	void perfectAnswersWithEvidenceScoreExactlyHundred() {
		for (var instrument : publishedDemoInstruments()) {
			var score = ScoringEngine.selfScore(instrument.scoringSpec(), perfectAnswers(instrument));
			assertThat(score.total()).as(instrument.title()).isEqualByComparingTo("100");
		}
	}

	@Test
	void noAnswersScoreZero() {
		for (var instrument : publishedDemoInstruments()) {
			assertThat(ScoringEngine.selfScore(instrument.scoringSpec(), List.of()).total()).isEqualByComparingTo("0");
		}
	}

	private static List<Answer> perfectAnswers(InstrumentView instrument) {
		List<Answer> answers = new ArrayList<>();
		for (var indicator : instrument.indicators()) {
			for (var q : indicator.questions()) {
				answers.add(switch (q.answerType()) {
					case YES_NO -> Answer.yesNo(q.code(), true, true, true);
					case SINGLE_CHOICE -> Answer.option(q.code(), q.options()
						.stream()
						.max((a, b) -> a.fraction().compareTo(b.fraction()))
						.orElseThrow()
						.code(), true, true);
					case CHECKLIST -> Answer.elements(q.code(),
							q.elements().stream().map(QuestionView.Element::code).collect(Collectors.toSet()), true, true);
					case NUMBER -> Answer.number(q.code(), new BigDecimal("1000000"), true, true);
					case FREE_TEXT -> Answer.text(q.code());
				});
			}
		}
		return answers;
	}

}
