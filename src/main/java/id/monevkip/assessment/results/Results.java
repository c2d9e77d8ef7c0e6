package id.monevkip.assessment.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.monevkip.assessment.ResultView;
import id.monevkip.assessment.ScoreSubject;
import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.assessment.shortlist.Shortlists;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.ParticipantView;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.ScoringPolicy;
import id.monevkip.cycle.TieBreak;
import id.monevkip.questionnaire.scoring.FinalScore;
import id.monevkip.questionnaire.scoring.RankEntry;
import id.monevkip.questionnaire.scoring.Ranked;
import id.monevkip.questionnaire.scoring.ScoringEngine;
import id.monevkip.questionnaire.scoring.ShortlistCandidate;
import id.monevkip.questionnaire.scoring.StageScores;
import id.monevkip.shared.BusinessException;
import id.monevkip.submission.ProgressRow;
import id.monevkip.submission.SubmissionManagement;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft final results of a cycle: every participant's stage scores from the score ledger and its place on
 * the shortlist, turned by the scoring engine into a final score, band and rank in its category. Recomputing
 * writes an audit row for each body whose final score changed, and only for those.
 */
@Service
@RequiredArgsConstructor
public class Results {

	private final CycleManagement cycles;

	private final ScoreLedger ledger;

	private final Shortlists shortlists;

	private final SubmissionManagement submissions;

	private final ResultStore store;

	private final MessageSource messages;

	private final Clock clock;

	/** Recomputes the draft results of the cycle from the current stage scores. */
	@Transactional
	public Recomputation recompute(long cycleId, Actor actor) {
		return recompute(cycleId, actor, text("results.audit.recomputed"));
	}

	/** As {@link #recompute(long, Actor)}, inside a decree's transaction and with the decree's reason. */
	@Transactional(propagation = Propagation.MANDATORY)
	Recomputation recompute(long cycleId, Actor actor, String reason) {
		var policy = cycles.cycle(cycleId).policy();
		var participants = cycles.participants(cycleId);
		var scores = ledger.scores(cycleId);
		if (scores.isEmpty()) {
			throw new BusinessException("", "results.noScores");
		}
		var computed = compute(policy, participants, scores, shortlisted(cycleId, policy, participants, scores),
				submittedAt(cycleId, policy, participants));
		var previous = store.draft(cycleId);
		var writes = new ArrayList<ResultView>();
		var changes = new ArrayList<ScoreLedger.Change>();
		for (ResultView row : computed) {
			var before = previous.remove(row.bodyId());
			if (before == null || !before.sameFigures(row) || before.rawScore().compareTo(row.rawScore()) != 0) {
				writes.add(row);
			}
			if (before == null || before.finalScore().compareTo(row.finalScore()) != 0) {
				changes.add(new ScoreLedger.Change(row.bodyId(), before == null ? null : before.finalScore(), row.finalScore()));
			}
		}
		// what is left belonged to bodies no longer taking part: their final score is withdrawn
		previous.values().forEach(gone -> changes.add(new ScoreLedger.Change(gone.bodyId(), gone.finalScore(), null)));
		var now = clock.instant();
		if (!previous.isEmpty()) {
			store.removeOthers(cycleId, participants.stream().map(ParticipantView::bodyId).toList());
		}
		store.write(cycleId, writes, now);
		ledger.changeAll(cycleId, ScoreSubject.FINAL, changes, reason, actor);
		return new Recomputation(computed.size(), changes.size());
	}

	/** The engine's final score and rank of every participant; bodies without any stage score get what it gives 0. */
	static List<ResultView> compute(ScoringPolicy policy, List<ParticipantView> participants,
			Map<Long, Map<ScoreStage, BigDecimal>> scores, Set<Long> shortlisted, Map<Long, Instant> submittedAt) {
		var finals = new HashMap<Long, FinalScore>();
		var entries = new ArrayList<RankEntry>(participants.size());
		for (ParticipantView p : participants) {
			var stages = StageScores.of(scores.getOrDefault(p.bodyId(), Map.of()));
			var score = ScoringEngine.finalScore(policy, stages, shortlisted.contains(p.bodyId()));
			finals.put(p.bodyId(), score);
			entries.add(new RankEntry(p.bodyId(), p.categoryId(), score.rounded(), stages.get(ScoreStage.SAQ),
					stages.get(ScoreStage.PRESENTATION), stages.get(ScoreStage.VISITATION), submittedAt.get(p.bodyId())));
		}
		var rows = new ArrayList<ResultView>(entries.size());
		for (Ranked ranked : ScoringEngine.rank(policy, entries)) {
			var entry = ranked.entry();
			var score = finals.get(entry.bodyId());
			var stages = scores.getOrDefault(entry.bodyId(), Map.of());
			rows.add(new ResultView(entry.bodyId(), entry.categoryId(), stages.get(ScoreStage.SAQ),
					stages.get(ScoreStage.PRESENTATION), stages.get(ScoreStage.VISITATION), stages.get(ScoreStage.WEBSITE),
					score.raw(), score.rounded(), score.band().code(), ranked.rank(), score.shortlisted()));
		}
		return rows;
	}

	/**
	 * The shortlist the commissioners reviewed; before any draw only a policy that lets everybody through can be
	 * applied directly, since otherwise the commissioners have not yet decided who presents.
	 */
	private Set<Long> shortlisted(long cycleId, ScoringPolicy policy, List<ParticipantView> participants,
			Map<Long, Map<ScoreStage, BigDecimal>> scores) {
		if (shortlists.isDrawn(cycleId)) {
			return shortlists.shortlisted(cycleId);
		}
		if (!policy.shortlist().selectsEverybody()) {
			throw new BusinessException("", "results.shortlistNotDrawn");
		}
		var candidates = new ArrayList<ShortlistCandidate>();
		for (ParticipantView p : participants) {
			var saq = scores.getOrDefault(p.bodyId(), Map.of()).get(ScoreStage.SAQ);
			if (saq != null) {
				candidates.add(new ShortlistCandidate(p.bodyId(), p.categoryId(), saq));
			}
		}
		return new HashSet<>(ScoringEngine.shortlist(policy, candidates));
	}

	/** Sending times, read only when the policy breaks ties by them. */
	private Map<Long, Instant> submittedAt(long cycleId, ScoringPolicy policy, List<ParticipantView> participants) {
		var times = new HashMap<Long, Instant>();
		if (policy.tieBreaks().contains(TieBreak.EARLIER_SUBMISSION)) {
			for (ProgressRow row : submissions.progress(cycleId, participants.stream().map(ParticipantView::bodyId).toList())) {
				if (row.submittedAt() != null) {
					times.put(row.bodyId(), row.submittedAt());
				}
			}
		}
		return times;
	}

	/** Audit reasons are stored once, in the commission's language (the default bundle). */
	String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.ROOT);
	}

}
