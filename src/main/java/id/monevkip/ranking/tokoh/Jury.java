package id.monevkip.ranking.tokoh;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The special team's work: a juror of a cycle's team declares conflicts and scores every other nomination once
 * the nominations are closed, as a draft and then submitted (locked). Before submitting, a juror sees nothing of
 * the other jurors' scores. Someone not on the team gets 404.
 */
@Service
@RequiredArgsConstructor
class Jury {

	private final NominationRepository nominations;

	private final TokohDocumentRepository documents;

	private final TokohJurorRepository jurors;

	private final TokohConflictRepository conflicts;

	private final TokohSheetRepository sheets;

	private final TokohRubric rubric;

	private final Rounds rounds;

	private final CycleManagement cycles;

	private final Clock clock;

	@Transactional(readOnly = true)
	List<JurorRound> rounds(CurrentUser juror) {
		var result = new ArrayList<JurorRound>();
		for (var membership : jurors.findByAccountId(juror.accountId())) {
			long cycleId = membership.getCycleId();
			var cycle = cycles.cycle(cycleId);
			var mine = new HashMap<Long, JurorStatus>();
			sheets.findByCycleIdAndJurorAccountId(cycleId, juror.accountId())
				.forEach(s -> mine.put(s.getNominationId(), s.isSubmitted() ? JurorStatus.SUBMITTED : JurorStatus.DRAFT));
			var all = nominations.findByCycleIdOrderByName(cycleId);
			conflicts.findByNominationIdIn(all.stream().map(Nomination::getId).toList())
				.stream()
				.filter(c -> c.getJurorAccountId() == juror.accountId())
				.forEach(c -> mine.put(c.getNominationId(), JurorStatus.CONFLICT));
			var open = rounds.round(cycleId).nominationsOpen();
			var rows = open ? List.<JurorRound.Row>of() : all.stream()
				.map(n -> new JurorRound.Row(n.getId(), n.getName(), n.getPosition(), n.getInstitution(),
						mine.getOrDefault(n.getId(), JurorStatus.NOT_SCORED)))
				.toList();
			result.add(new JurorRound(cycleId, cycle.title(), open, rounds.published(cycleId), rows));
		}
		result.sort(Comparator.comparing(JurorRound::cycleId).reversed());
		return result;
	}

	@Transactional(readOnly = true)
	JurorSheet sheet(CurrentUser juror, long nominationId) {
		var nomination = onTeam(juror, nominationId);
		long cycleId = nomination.getCycleId();
		var criteria = rubric.criteria(cycleId);
		var conflict = conflicts.findByNominationIdAndJurorAccountId(nominationId, juror.accountId());
		var mine = sheets.findByNominationIdAndJurorAccountId(nominationId, juror.accountId());
		var status = conflict.isPresent() ? JurorStatus.CONFLICT
				: mine.map(s -> s.isSubmitted() ? JurorStatus.SUBMITTED : JurorStatus.DRAFT).orElse(JurorStatus.NOT_SCORED);
		Map<String, Integer> scores = mine.map(s -> Map.copyOf(s.getMarks())).orElse(Map.of());
		var threshold = rounds.round(cycleId).getDivergenceThreshold();
		BigDecimal total = scores.keySet().containsAll(criteria.stream().map(TokohRubric.CriterionView::code).toList())
				? TokohArithmetic.total(criteria, scores) : null;
		var others = new ArrayList<JurorSheet.OtherTotal>();
		BigDecimal aggregate = null;
		if (status == JurorStatus.SUBMITTED) {
			var submitted = submittedOf(cycleId, nominationId);
			for (var sheet : submitted) {
				if (sheet.getJurorAccountId() != juror.accountId()) {
					others.add(new JurorSheet.OtherTotal(sheet.getJurorName(), TokohArithmetic.total(criteria, sheet.getMarks())));
				}
			}
			aggregate = TokohArithmetic.shown(TokohArithmetic.outcome(criteria, submitted, threshold).mean());
		}
		boolean scoringOpen = !rounds.round(cycleId).nominationsOpen() && !rounds.published(cycleId);
		return new JurorSheet(NominationView.of(nomination, documents.findByNominationIdOrderById(nominationId)),
				cycles.cycle(cycleId).title(), criteria, scores, status, conflict.map(TokohConflict::getReason).orElse(null),
				mine.map(TokohSheet::getSubmittedAt).orElse(null), scoringOpen, total, others, aggregate);
	}

	/** Declares a conflict; a draft the juror had is dropped, a submitted sheet cannot be taken back this way. */
	@Transactional
	void declareConflict(CurrentUser juror, long nominationId, @Nullable String reason) {
		var nomination = onTeam(juror, nominationId);
		rounds.requireUnpublished(nomination.getCycleId());
		if (reason == null || reason.isBlank()) {
			throw new BusinessException("reason", "tokoh.conflict.reasonRequired");
		}
		if (reason.length() > 500) {
			throw new BusinessException("reason", "tokoh.conflict.reasonTooLong", 500);
		}
		var mine = sheets.findByNominationIdAndJurorAccountId(nominationId, juror.accountId());
		if (mine.filter(TokohSheet::isSubmitted).isPresent()) {
			throw new BusinessException("reason", "tokoh.conflict.afterSubmit");
		}
		if (conflicts.findByNominationIdAndJurorAccountId(nominationId, juror.accountId()).isPresent()) {
			return;
		}
		mine.ifPresent(sheets::delete);
		conflicts.save(new TokohConflict(nominationId, juror.accountId(), reason, clock.instant()));
	}

	/**
	 * Saves the juror's scores as a draft or submits them. Scores are whole numbers 0–100 by criterion code (null:
	 * not scored yet); submitting needs every criterion.
	 */
	@Transactional
	void score(CurrentUser juror, long nominationId, Map<String, @Nullable Integer> scores, boolean submit) {
		var nomination = onTeam(juror, nominationId);
		long cycleId = nomination.getCycleId();
		rounds.requireUnpublished(cycleId);
		if (rounds.round(cycleId).nominationsOpen()) {
			throw new BusinessException("scores", "tokoh.score.notOpen");
		}
		if (conflicts.findByNominationIdAndJurorAccountId(nominationId, juror.accountId()).isPresent()) {
			throw new BusinessException("scores", "tokoh.score.conflicted");
		}
		var sheet = sheets.findByNominationIdAndJurorAccountId(nominationId, juror.accountId())
			.orElseGet(() -> new TokohSheet(cycleId, nominationId, juror.accountId(), juror.displayName(), clock.instant()));
		if (sheet.isSubmitted()) {
			throw new BusinessException("scores", "tokoh.score.locked");
		}
		var marks = new HashMap<String, Integer>();
		for (var criterion : rubric.criteria(cycleId)) {
			var score = scores.get(criterion.code());
			if (score == null) {
				if (submit) {
					throw new BusinessException("scores[" + criterion.code() + "]", "tokoh.score.missing", criterion.name());
				}
				continue;
			}
			if (score < 0 || score > 100) {
				throw new BusinessException("scores[" + criterion.code() + "]", "tokoh.score.range", criterion.name());
			}
			marks.put(criterion.code(), score);
		}
		sheet.mark(marks, clock.instant());
		if (submit) {
			sheet.submit(clock.instant());
		}
		sheets.save(sheet);
	}

	private Nomination onTeam(CurrentUser juror, long nominationId) {
		return nominations.findById(nominationId)
			.filter(n -> jurors.findByCycleIdAndAccountId(n.getCycleId(), juror.accountId()).isPresent())
			.orElseThrow(() -> new NotFoundException("Nomination " + nominationId));
	}

	private List<TokohSheet> submittedOf(long cycleId, long nominationId) {
		return sheets.findByCycleId(cycleId)
			.stream()
			.filter(s -> s.getNominationId() == nominationId && s.isSubmitted())
			.toList();
	}

}
