package id.monevkip.assessment.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.scoring.PanelTotal;
import id.monevkip.questionnaire.scoring.ScoringEngine;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel results of a stage for admins and commissioners: per judged body every judge's total, the stage score
 * and the divergence flag; per judge its leniency against the others. Anybody else gets 404 (the page is under a
 * neutral address because two roles read it).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class PanelResultsService {

	private final RubricService rubrics;

	private final SheetRepository sheets;

	private final PanelJudges judges;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	public PanelResults results(CurrentUser viewer, long cycleId, PanelStage stage) {
		if (!viewer.has(Role.ADMIN) && !viewer.has(Role.COMMISSIONER)) {
			throw new NotFoundException("Panel results for " + viewer.accountId());
		}
		var cycle = cycles.cycle(cycleId);
		var rubric = rubrics.rubric(cycleId, stage);
		var assigned = judges.of(cycleId);
		var all = sheets.findByCycleIdAndStageOrderByJudgeNameAscIdAsc(cycleId, stage);
		var bySheetBody = all.stream().collect(Collectors.groupingBy(Sheet::getBodyId));
		var bodyIds = new LinkedHashSet<Long>(assigned.keySet());
		bodyIds.addAll(bySheetBody.keySet());
		var accountIds = new HashSet<Long>();
		assigned.values().forEach(accountIds::addAll);
		var names = directory.accountNames(accountIds);
		var rows = new ArrayList<BodyResult>();
		for (BodyView body : directory.bodies(bodyIds)) {
			var outcome = PanelOutcomes.of(rubric, assigned.getOrDefault(body.id(), List.of()), names,
					bySheetBody.getOrDefault(body.id(), List.of()));
			rows.add(new BodyResult(body.id(), body.code(), body.name(), outcome));
		}
		rows.sort(Comparator.comparing(BodyResult::bodyName).thenComparing(BodyResult::bodyId));
		return new PanelResults(cycleId, cycle.title(), stage, rubric, rows, leniency(rows));
	}

	private static List<LeniencyRow> leniency(List<BodyResult> rows) {
		var totals = new ArrayList<PanelTotal>();
		Map<Long, String> names = new HashMap<>();
		for (var row : rows) {
			for (var judge : row.panel().judges()) {
				if (judge.submitted() && judge.total() != null) {
					totals.add(new PanelTotal(row.bodyId(), judge.accountId(), judge.total()));
					names.putIfAbsent(judge.accountId(), judge.name());
				}
			}
		}
		return ScoringEngine.leniency(totals)
			.stream()
			.map(l -> new LeniencyRow(l.judgeId(), names.getOrDefault(l.judgeId(), ""), l.bodies(), l.ownMean(),
					l.othersMean(), l.deviation()))
			.sorted(Comparator.comparing(LeniencyRow::name).thenComparing(LeniencyRow::accountId))
			.toList();
	}

}
