package id.monevkip.assessment.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.assessment.ScoreChangeView;
import id.monevkip.assessment.ScoreSubject;
import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.assessment.shortlist.Shortlists;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.ShortlistRule;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.questionnaire.scoring.ScoringEngine;
import id.monevkip.questionnaire.scoring.StageScores;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Final results follow the scoring engine; recomputing audits the bodies whose final score changed, and only those. */
@IntegrationTest
class ResultsTests {

	@Autowired
	Results results;

	@Autowired
	ResultPages pages;

	@Autowired
	Shortlists shortlists;

	@Autowired
	ScoreLedger ledger;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	ResultsFixtures scores;

	@Test
	void finalScoresBandsAndRanksFollowTheEngineForShortlistedAndOtherBodies() {
		// SAQ 70 % + presentation 30 % for bodies with a verified SAQ of at least 60; the others keep their SAQ
		var policy = ResultsFixtures.policy(new ShortlistRule(new BigDecimal("60"), null, ShortlistRule.Combination.ANY));
		long cycle = scores.cycle(policy);
		var weighted = participant(cycle, "PD_PROVINSI", Map.of(ScoreStage.SAQ, "80", ScoreStage.PRESENTATION, "90"));
		var belowThreshold = participant(cycle, "PD_PROVINSI", Map.of(ScoreStage.SAQ, "50", ScoreStage.PRESENTATION, "100"));
		var roundedUp = participant(cycle, "PD_PROVINSI", Map.of(ScoreStage.SAQ, "95.555", ScoreStage.PRESENTATION, "95.555"));
		var withoutScore = fixtures.participant(cycle, "PD_PROVINSI", null, null);
		var bandBoundary = participant(cycle, "BUMD", Map.of(ScoreStage.SAQ, "89.995", ScoreStage.PRESENTATION, "89.995"));
		var admin = Actor.of(fixtures.admin());

		assertThatThrownBy(() -> results.recompute(cycle, admin)).isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).messageKey())
			.isEqualTo("results.shortlistNotDrawn");
		shortlists.draw(cycle, admin);
		var done = results.recompute(cycle, admin);

		assertThat(done.bodies()).isEqualTo(5);
		var rows = rows(cycle);
		assertThat(rows.get(weighted.getId())).satisfies(r -> {
			assertThat(r.finalScore()).isEqualByComparingTo("83.00");
			assertThat(r.band()).isEqualTo("MENUJU_INFORMATIF");
			assertThat(r.rank()).isEqualTo(2);
			assertThat(r.shortlisted()).isTrue();
			assertThat(r.finalScore()).isEqualByComparingTo(ScoringEngine.finalScore(policy,
					StageScores.of(Map.of(ScoreStage.SAQ, new BigDecimal("80"), ScoreStage.PRESENTATION, new BigDecimal("90"))),
					true).rounded());
		});
		assertThat(rows.get(belowThreshold.getId())).satisfies(r -> {
			assertThat(r.finalScore()).isEqualByComparingTo("50.00");
			assertThat(r.band()).isEqualTo("KURANG_INFORMATIF");
			assertThat(r.shortlisted()).isFalse();
			assertThat(r.rank()).isEqualTo(3);
		});
		assertThat(rows.get(roundedUp.getId())).satisfies(r -> {
			assertThat(r.finalScore()).isEqualByComparingTo("95.56");
			assertThat(r.rank()).isEqualTo(1);
		});
		assertThat(rows.get(withoutScore.getId())).satisfies(r -> {
			assertThat(r.finalScore()).isEqualByComparingTo("0");
			assertThat(r.band()).isEqualTo("TIDAK_INFORMATIF");
			assertThat(r.rank()).isEqualTo(4);
			assertThat(r.withoutSaq()).isTrue();
		});
		// 89.995 rounds to 90.00, and the band is taken from the rounded score; first in its own category
		assertThat(rows.get(bandBoundary.getId())).satisfies(r -> {
			assertThat(r.finalScore()).isEqualByComparingTo("90.00");
			assertThat(r.band()).isEqualTo("INFORMATIF");
			assertThat(r.rank()).isEqualTo(1);
		});
		var informatif = pages.draft(cycle, ResultFilter.of(null, "INFORMATIF", null));
		assertThat(informatif.page().getContent()).extracting(ResultLine::bodyId)
			.containsExactly(roundedUp.getId(), bandBoundary.getId());
		assertThat(informatif.withoutSaq()).isEqualTo(1);
	}

	@Test
	void recomputingWritesAnAuditRowOnlyForBodiesWhoseFinalScoreChanged() {
		long cycle = scores.cycle(ResultsFixtures.everybody());
		var changing = participant(cycle, "BUMD", Map.of(ScoreStage.SAQ, "70", ScoreStage.PRESENTATION, "70"));
		var steady = participant(cycle, "BUMD", Map.of(ScoreStage.SAQ, "60", ScoreStage.PRESENTATION, "60"));
		var commissioner = fixtures.person(Role.COMMISSIONER, "Komisioner Hasil", null);
		assertThat(results.recompute(cycle, Actor.of(commissioner)).changed()).isEqualTo(2);

		scores.score(cycle, changing, ScoreStage.PRESENTATION, "100");
		var second = results.recompute(cycle, Actor.of(commissioner));
		var third = results.recompute(cycle, Actor.of(commissioner));

		assertThat(second.changed()).isEqualTo(1);
		assertThat(third.changed()).isZero();
		assertThat(finals(cycle, changing)).hasSize(2).first().satisfies(c -> {
			assertThat(c.before()).isEqualByComparingTo("70");
			assertThat(c.after()).isEqualByComparingTo("79");
			assertThat(c.changedByName()).isEqualTo(commissioner.displayName());
			assertThat(c.reason()).isEqualTo("Perhitungan ulang hasil akhir");
		});
		assertThat(finals(cycle, steady)).singleElement().satisfies(c -> assertThat(c.before()).isNull());
		assertThat(rows(cycle).get(changing.getId()).rank()).isEqualTo(1);
	}

	@Test
	void recomputingBeforeAnyStageScoreIsRefusedAndWritesNothing() {
		long cycle = scores.cycle(ResultsFixtures.everybody());
		var body = fixtures.participant(cycle, "BUMD", null, null);

		assertThatThrownBy(() -> results.recompute(cycle, Actor.of(fixtures.admin()))).isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).messageKey())
			.isEqualTo("results.noScores");
		assertThat(ledger.history(cycle, body.getId())).isEmpty();
		assertThat(pages.draft(cycle, ResultFilter.of(null, null, null)).page().getTotalElements()).isZero();
	}

	private PublicBody participant(long cycle, String category, Map<ScoreStage, String> stageScores) {
		var body = fixtures.participant(cycle, category, null, null);
		stageScores.forEach((stage, score) -> scores.score(cycle, body, stage, score));
		return body;
	}

	private Map<Long, ResultLine> rows(long cycle) {
		var page = pages.draft(cycle, ResultFilter.of(null, null, null)).page().getContent();
		return page.stream().collect(Collectors.toMap(ResultLine::bodyId, r -> r));
	}

	private List<ScoreChangeView> finals(long cycle, PublicBody body) {
		return ledger.history(cycle, body.getId()).stream().filter(c -> c.subject() == ScoreSubject.FINAL).toList();
	}

}
