package id.monevkip.ranking.certificates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import id.monevkip.assessment.ResultsManagement;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.scoring.ScoringEngine;
import id.monevkip.questionnaire.scoring.Verdict;
import id.monevkip.ranking.certificates.BodyFigures.IndicatorScore;
import id.monevkip.ranking.certificates.BodyFigures.Recommendation;
import id.monevkip.ranking.certificates.BodyFigures.YearResult;
import id.monevkip.ranking.publication.Publications;
import id.monevkip.shared.NotFoundException;
import id.monevkip.submission.ItemOutcome;
import id.monevkip.submission.ReviewItem;
import id.monevkip.submission.SubmissionManagement;
import lombok.RequiredArgsConstructor;

/**
 * Gathers a body's figures of a cycle for its report card and its public page. The indicator scores are the
 * verified SAQ as verification computes it: the sealed answers, scored only where the verifier accepted the item.
 */
@Service
@RequiredArgsConstructor
class BodyFigureService {

	private final ResultsManagement results;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final SubmissionManagement submissions;

	private final Publications publications;

	private final JdbcTemplate jdbc;

	/** For the report card: the previous year only, from this installation's cycle or else an imported row. */
	BodyFigures reportCard(long cycleId, long bodyId) {
		var cycle = cycles.cycle(cycleId);
		var years = new ArrayList<YearResult>();
		cycles.cycleOf(cycle.organiserBodyId(), cycle.year() - 1)
			.flatMap(previous -> result(previous.id(), previous.year(), bodyId))
			.or(() -> imported(bodyId).stream().filter(y -> y.year() == cycle.year() - 1).findFirst())
			.ifPresent(years::add);
		return figures(cycle, bodyId, years);
	}

	/** For the public page: every published year of this installation and every imported year, newest first. */
	BodyFigures publicPage(long cycleId, long bodyId) {
		var cycle = cycles.cycle(cycleId);
		var years = new ArrayList<YearResult>();
		var seen = new HashSet<Integer>();
		for (int year : publications.publishedYears()) {
			publications.publishedYear(year)
				.flatMap(p -> result(p.cycleId(), year, bodyId))
				.ifPresent(r -> {
					years.add(r);
					seen.add(year);
				});
		}
		imported(bodyId).stream().filter(y -> !seen.contains(y.year())).forEach(years::add);
		years.sort((a, b) -> Integer.compare(b.year(), a.year()));
		return figures(cycle, bodyId, years);
	}

	private BodyFigures figures(CycleView cycle, long bodyId, List<YearResult> years) {
		var decree = results.currentDecree(cycle.id()).orElseThrow(() -> new NotFoundException("decree"));
		var result = results.result(decree, bodyId)
			.orElseThrow(() -> new NotFoundException("result of body " + bodyId));
		var body = directory.bodies(List.of(bodyId)).stream().findFirst().orElseThrow(() -> new NotFoundException("body"));
		var indicators = new ArrayList<IndicatorScore>();
		var recommendations = new ArrayList<Recommendation>();
		verified(cycle.id(), bodyId, indicators, recommendations);
		return new BodyFigures(cycle, decree, body, result, indicators, recommendations, years);
	}

	private void verified(long cycleId, long bodyId, List<IndicatorScore> indicators,
			List<Recommendation> recommendations) {
		var submission = submissions.submissionOf(cycleId, bodyId);
		var sheet = submission.flatMap(s -> submissions.review(s.id(), "Ya", "Tidak", "-"));
		if (sheet.isEmpty()) {
			return;
		}
		Map<String, ItemOutcome> outcomes = submissions.outcomes(submission.get().id());
		var verdicts = new HashMap<String, Verdict>();
		outcomes.forEach((code, outcome) -> verdicts.put(code, outcome.verdict()));
		var score = ScoringEngine.verifiedScore(sheet.get().spec(), sheet.get().answers(), verdicts);
		var names = new HashMap<String, String>();
		sheet.get().items().forEach(i -> names.putIfAbsent(i.indicatorCode(), i.indicatorName()));
		for (var indicator : sheet.get().spec().indicators()) {
			indicators.add(new IndicatorScore(indicator.code(), names.getOrDefault(indicator.code(), indicator.code()),
					indicator.weight(), score.indicators().getOrDefault(indicator.code(), java.math.BigDecimal.ZERO)));
		}
		for (ReviewItem item : sheet.get().items()) {
			var outcome = outcomes.get(item.questionCode());
			if (outcome != null && !outcome.accepted() && outcome.remark() != null && !outcome.remark().isBlank()) {
				recommendations.add(new Recommendation(item.indicatorName(), item.questionText(), outcome.remark()));
			}
		}
	}

	private Optional<YearResult> result(long cycleId, int year, long bodyId) {
		return results.currentDecree(cycleId)
			.flatMap(decree -> results.result(decree, bodyId))
			.map(r -> new YearResult(year, r.finalScore(), r.band(), r.rank(), false));
	}

	/** Rows imported from results run elsewhere (ranking.history), read directly: they are this module's table. */
	private List<YearResult> imported(long bodyId) {
		return jdbc.query("select year, final_score, band from historical_result where body_id = ? order by year desc",
				(rs, i) -> new YearResult(rs.getInt("year"), rs.getBigDecimal("final_score"), rs.getString("band"), null,
						true),
				bodyId);
	}

}
