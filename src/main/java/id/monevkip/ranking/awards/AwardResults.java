package id.monevkip.ranking.awards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.assessment.DecreeView;
import id.monevkip.assessment.ResultView;
import id.monevkip.assessment.ResultsManagement;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.TieBreak;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.directory.RegionView;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * The ranking of every award category of a cycle, computed from the decree in force (a correction changes it), and
 * with it the winners. Nothing is stored: the decree is the source.
 */
@Service
@RequiredArgsConstructor
class AwardResults {

	private final ResultsManagement results;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final AwardStore store;

	Optional<DecreeView> decree(long cycleId) {
		return results.currentDecree(cycleId);
	}

	/** Every award category of the cycle with its ranking, in the configured order. */
	List<AwardTable> tables(long cycleId) {
		var chain = cycles.cycle(cycleId).policy().tieBreaks();
		var awards = store.categories(cycleId);
		var decree = results.currentDecree(cycleId);
		if (decree.isEmpty()) {
			return awards.stream().map(a -> new AwardTable(a, List.of())).toList();
		}
		var rows = results.results(decree.get());
		Map<Long, BodyView> bodies = directory.bodies(rows.stream().map(ResultView::bodyId).toList())
			.stream()
			.collect(Collectors.toMap(BodyView::id, Function.identity()));
		Map<String, String> regencies = directory.regencies()
			.stream()
			.collect(Collectors.toMap(RegionView::code, RegionView::name, (a, b) -> a));
		List<AwardTable> tables = new ArrayList<>();
		for (var award : awards) {
			tables.add(table(award, rows, bodies, regencies, chain));
		}
		return tables;
	}

	AwardTable table(long cycleId, long awardId) {
		return tables(cycleId).stream()
			.filter(t -> t.award().id() == awardId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Award " + awardId));
	}

	private static AwardTable table(AwardCategoryView award, List<ResultView> rows, Map<Long, BodyView> bodies,
			Map<String, String> regencies, List<TieBreak> chain) {
		Map<Long, ResultView> byBody = new HashMap<>();
		List<Candidate> candidates = new ArrayList<>();
		for (var row : rows) {
			var body = bodies.get(row.bodyId());
			if (body == null || !award.bodyCategoryIds().contains(row.categoryId())) {
				continue;
			}
			byBody.put(row.bodyId(), row);
			candidates.add(new Candidate(row.bodyId(), Candidate.regencyOf(body.regionCode()), row.finalScore(),
					row.verifiedSaq(), row.presentation(), row.visitation()));
		}
		List<AwardLine> lines = new ArrayList<>();
		for (var ranked : AwardRanking.rank(candidates, chain, award.topPerRegency())) {
			var candidate = ranked.candidate();
			var body = bodies.get(candidate.bodyId());
			var row = byBody.get(candidate.bodyId());
			String regency = candidate.regencyCode();
			lines.add(new AwardLine(ranked.rank(), body.id(), body.code(), body.name(), body.categoryName(), regency,
					regency == null ? null : regencies.getOrDefault(regency, regency), row.finalScore(), row.band(),
					ranked.rank() <= award.winners()));
		}
		return new AwardTable(award, lines);
	}

}
