package id.monevkip.assessment.panel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.monevkip.assessment.AssessmentManagement;
import id.monevkip.assessment.AssignmentRole;
import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.scoring.PanelCriterion;
import id.monevkip.questionnaire.scoring.PanelSheet;
import id.monevkip.questionnaire.scoring.PanelSpec;
import id.monevkip.questionnaire.scoring.ScoringEngine;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Wita;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges scoring bodies. A judge works only on bodies it is assigned to as JUDGE (anything else is 404) and not in
 * conflict with; it scores every criterion with a whole number from 0 to 100, saves drafts and submits once, while
 * the stage's window is open for the body (from its opening to its closing, extensions included). Until it has
 * submitted, a judge is given nothing of the other judges; afterwards their submitted scores and the aggregate.
 * Every submission records the body's stage score in the score ledger. A refusal changes nothing.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class JudgingService {

	/** The language of the audit trail, like the rest of the commission's records. */
	private static final Locale RECORDS = Locale.forLanguageTag("id");

	private final SheetRepository sheets;

	private final RubricRepository rubrics;

	private final RubricService rubricService;

	private final AssessmentManagement assessment;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final ScoreLedger ledger;

	private final MessageSource messages;

	private final Clock clock;

	/** The judge's bodies in the cycle, each in both panel stages, by body name. */
	@Transactional(readOnly = true)
	public List<JudgeRow> queue(CurrentUser judge, long cycleId) {
		var mine = new HashMap<String, Sheet>();
		sheets.findByCycleIdAndJudgeAccountId(cycleId, judge.accountId())
			.forEach(s -> mine.put(s.getBodyId() + ":" + s.getStage(), s));
		var judged = assessment.assignmentsOf(cycleId, judge.accountId())
			.stream()
			.filter(a -> a.role() == AssignmentRole.JUDGE)
			.toList();
		var rows = new ArrayList<JudgeRow>();
		for (var stage : PanelStage.values()) {
			judged.forEach(a -> rows.add(new JudgeRow(cycleId, a.bodyId(), a.bodyCode(), a.bodyName(), stage,
						status(mine.get(a.bodyId() + ":" + stage)))));
		}
		return rows;
	}

	/** The judge's own sheet, and the panel's outcome once it has submitted. Not assigned → 404. */
	@Transactional(readOnly = true)
	public SheetView sheet(CurrentUser judge, long cycleId, long bodyId, PanelStage stage) {
		requireAssigned(judge.accountId(), cycleId, bodyId);
		var cycle = cycles.cycle(cycleId);
		var body = directory.bodies(List.of(bodyId)).get(0);
		var rubric = rubricService.rubric(cycleId, stage);
		var conflicted = !assessment.conflict(cycleId, bodyId, judge.accountId()).isEmpty();
		var window = window(cycleId, bodyId, stage);
		var open = window.map(w -> w.open(clock.instant())).orElse(false);
		var sheet = conflicted ? Optional.<Sheet>empty()
				: sheets.findByCycleIdAndBodyIdAndStageAndJudgeAccountId(cycleId, bodyId, stage, judge.accountId());
		var scores = sheet.map(s -> byCode(rubric, s)).orElse(Map.of());
		var total = rubric.ready() && scores.size() == rubric.criteria().size()
				? ScoringEngine.panelTotal(spec(rubric).criteria(), decimals(scores)) : null;
		var submitted = sheet.map(Sheet::isSubmitted).orElse(false);
		return new SheetView(cycleId, cycle.title(), body, stage, rubric, conflicted, open,
				window.map(w -> w.opensAt().atZone(Wita.ZONE)).orElse(null),
				window.map(w -> w.closesAt().atZone(Wita.ZONE)).orElse(null),
				status(sheet.orElse(null)), scores, sheet.map(Sheet::getNote).orElse(null), total,
				sheet.map(Sheet::getSubmittedAt).map(at -> at.atZone(Wita.ZONE)).orElse(null), submitted ? outcome(cycleId, bodyId, stage, rubric) : null);
	}

	/** Saves a draft: the scores given (whole numbers 0–100, by criterion code) replace earlier ones. */
	public void score(CurrentUser judge, long cycleId, long bodyId, PanelStage stage, Map<String, Integer> scores,
			@Nullable String note) {
		var rubric = writable(judge.accountId(), cycleId, bodyId, stage);
		draft(judge.accountId(), judge.displayName(), cycleId, bodyId, stage, rubric, scores, note);
	}

	/** Saves the scores given and submits the sheet; every criterion must then have a score. Final. */
	public void submit(CurrentUser judge, long cycleId, long bodyId, PanelStage stage, Map<String, Integer> scores,
			@Nullable String note) {
		var rubric = writable(judge.accountId(), cycleId, bodyId, stage);
		var sheet = draft(judge.accountId(), judge.displayName(), cycleId, bodyId, stage, rubric, scores, note);
		submit(sheet, rubric, Actor.of(judge));
	}

	/**
	 * Records a judge's submitted sheet outside the stage's window: for loading earlier cycles (demo, imports),
	 * never called from a page. The judge must still be assigned and free of conflicts, the scores complete.
	 */
	public void importSheet(long judgeAccountId, long cycleId, long bodyId, PanelStage stage,
			Map<String, Integer> scores) {
		requireAssigned(judgeAccountId, cycleId, bodyId);
		var rubric = ready(cycleId, stage);
		if (!assessment.conflict(cycleId, bodyId, judgeAccountId).isEmpty()) {
			throw new BusinessException("scores", "panels.judge.conflict");
		}
		var name = directory.accountNames(List.of(judgeAccountId)).getOrDefault(judgeAccountId, "");
		var sheet = draft(judgeAccountId, name, cycleId, bodyId, stage, rubric, scores, null);
		submit(sheet, rubric, new Actor(judgeAccountId, name));
	}

	/** The panel of a body for admins and commissioners (who may see every judge's submitted scores). */
	@Transactional(readOnly = true)
	PanelOutcome outcome(long cycleId, long bodyId, PanelStage stage, RubricView rubric) {
		var judges = new ArrayList<Long>();
		assessment.judgesOf(cycleId, bodyId).forEach(a -> judges.add(a.accountId()));
		return PanelOutcomes.of(rubric, judges,
				directory.accountNames(judges),
				sheets.findByCycleIdAndBodyIdAndStageOrderByJudgeNameAscIdAsc(cycleId, bodyId, stage));
	}

	private void submit(Sheet sheet, Rubric rubric, Actor actor) {
		rubrics.lock(rubric.getId());
		var view = RubricView.of(rubric, true);
		for (var criterion : rubric.getCriteria()) {
			if (!sheet.getMarks().containsKey(criterion.getId())) {
				throw new BusinessException("scores[" + criterion.getCode() + "]", "panels.score.missing",
						criterion.getName());
			}
		}
		sheet.submit(clock.instant());
		sheets.flush();
		var submitted = sheets
			.findByCycleIdAndBodyIdAndStageOrderByJudgeNameAscIdAsc(sheet.getCycleId(), sheet.getBodyId(), sheet.getStage())
			.stream()
			.filter(Sheet::isSubmitted)
			.map(s -> new PanelSheet(s.getJudgeAccountId(), decimals(byCode(view, s))))
			.toList();
		var score = ScoringEngine.panelScore(rubric.spec(), submitted);
		var reason = messages.getMessage("panels.ledger.reason",
				new Object[] { messages.getMessage("panels.stage." + sheet.getStage(), null, RECORDS), submitted.size(),
						messages.getMessage("panels.rule." + rubric.getRule(), null, RECORDS) },
				RECORDS);
		ledger.record(sheet.getCycleId(), sheet.getBodyId(), sheet.getStage().scoreStage(), score.aggregate(), reason,
				actor);
	}

	private Sheet draft(long judgeId, String judgeName, long cycleId, long bodyId, PanelStage stage, Rubric rubric,
			Map<String, Integer> scores, @Nullable String note) {
		var byCode = new HashMap<String, Criterion>();
		rubric.getCriteria().forEach(c -> byCode.put(c.getCode(), c));
		var marks = new LinkedHashMap<Long, Integer>();
		for (var entry : scores.entrySet()) {
			var criterion = byCode.get(entry.getKey());
			if (criterion == null) {
				throw new BusinessException("scores", "panels.score.unknown", entry.getKey());
			}
			var value = entry.getValue();
			if (value == null) {
				continue;
			}
			if (value < 0 || value > 100) {
				throw new BusinessException("scores[" + criterion.getCode() + "]", "panels.score.outOfRange",
						criterion.getName(), value);
			}
			marks.put(criterion.getId(), value);
		}
		if (note != null && note.length() > 2000) {
			throw new BusinessException("note", "panels.note.tooLong", 2000);
		}
		var sheet = sheets.findByCycleIdAndBodyIdAndStageAndJudgeAccountId(cycleId, bodyId, stage, judgeId)
			.orElseGet(() -> new Sheet(cycleId, bodyId, stage, judgeId, judgeName, clock.instant()));
		if (sheet.isSubmitted()) {
			throw new BusinessException("scores", "panels.sheet.submitted");
		}
		sheet.mark(marks, note, clock.instant());
		return sheets.save(sheet);
	}

	private Rubric writable(long judgeId, long cycleId, long bodyId, PanelStage stage) {
		requireAssigned(judgeId, cycleId, bodyId);
		if (!assessment.conflict(cycleId, bodyId, judgeId).isEmpty()) {
			throw new BusinessException("scores", "panels.judge.conflict");
		}
		var rubric = ready(cycleId, stage);
		var window = window(cycleId, bodyId, stage);
		var now = clock.instant();
		if (window.isEmpty()) {
			throw new BusinessException("scores", "panels.window.none");
		}
		if (now.isBefore(window.get().opensAt())) {
			throw new BusinessException("scores", "panels.window.notYet");
		}
		if (!now.isBefore(window.get().closesAt())) {
			throw new BusinessException("scores", "panels.window.closed");
		}
		return rubric;
	}

	private Rubric ready(long cycleId, PanelStage stage) {
		return rubrics.findByCycleIdAndStage(cycleId, stage)
			.filter(Rubric::ready)
			.orElseThrow(() -> new BusinessException("scores", "panels.rubric.notReady"));
	}

	private void requireAssigned(long accountId, long cycleId, long bodyId) {
		if (!assessment.isAssigned(cycleId, bodyId, accountId, AssignmentRole.JUDGE)) {
			throw new NotFoundException("Judge " + accountId + " of body " + bodyId);
		}
	}

	private Optional<Window> window(long cycleId, long bodyId, PanelStage stage) {
		var window = cycles.cycle(cycleId).window(stage.window());
		var participant = cycles.participant(cycleId, bodyId);
		if (window.isEmpty() || participant.isEmpty()) {
			return Optional.empty();
		}
		var closes = cycles.closesAtFor(cycleId, stage.window(), bodyId, participant.get().categoryId())
			.orElse(window.get().closesAt());
		return Optional.of(new Window(window.get().opensAt(), closes));
	}

	static Map<String, Integer> byCode(RubricView rubric, Sheet sheet) {
		var result = new LinkedHashMap<String, Integer>();
		for (var criterion : rubric.criteria()) {
			var mark = sheet.getMarks().get(criterion.id());
			if (mark != null) {
				result.put(criterion.code(), mark);
			}
		}
		return result;
	}

	static Map<String, BigDecimal> decimals(Map<String, Integer> scores) {
		var result = new HashMap<String, BigDecimal>();
		scores.forEach((code, score) -> result.put(code, BigDecimal.valueOf(score)));
		return result;
	}

	static PanelSpec spec(RubricView rubric) {
		return new PanelSpec(
				rubric.criteria()
					.stream()
					.map(c -> new PanelCriterion(c.code(), c.weight()))
					.toList(),
				rubric.rule(), BigDecimal.valueOf(rubric.divergenceThreshold()));
	}

	private static SheetStatus status(@Nullable Sheet sheet) {
		if (sheet == null) {
			return SheetStatus.NOT_STARTED;
		}
		return sheet.isSubmitted() ? SheetStatus.SUBMITTED : SheetStatus.DRAFT;
	}

	private record Window(Instant opensAt, Instant closesAt) {

		boolean open(Instant now) {
			return !now.isBefore(opensAt) && now.isBefore(closesAt);
		}

	}

}
