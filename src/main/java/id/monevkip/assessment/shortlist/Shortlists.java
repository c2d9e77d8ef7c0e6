package id.monevkip.assessment.shortlist;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.ParticipantView;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.scoring.ScoringEngine;
import id.monevkip.questionnaire.scoring.ShortlistCandidate;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shortlist for presentation and visitasi. A draw applies the cycle policy (ScoringEngine) to the verified
 * SAQ in the score ledger, per category; commissioners then add or remove bodies with a reason. Drawing again
 * after late verdicts or objections updates the policy's verdicts and keeps the commissioners' decisions.
 */
@Service
@RequiredArgsConstructor
public class Shortlists {

	public static final int MAX_REASON = 1000;

	private final ShortlistEntryRepository entries;

	private final ShortlistAdjustmentRepository adjustments;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final ScoreLedger ledger;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/** Applies the policy to the current verified scores; returns how many bodies go on. */
	@Transactional
	public long draw(long cycleId, Actor actor) {
		var cycle = cycles.cycle(cycleId);
		var scores = ledger.scores(cycleId);
		var participants = cycles.participants(cycleId);
		var candidates = new ArrayList<ShortlistCandidate>();
		for (ParticipantView p : participants) {
			var saq = saq(scores, p.bodyId());
			if (saq != null) {
				candidates.add(new ShortlistCandidate(p.bodyId(), p.categoryId(), saq));
			}
		}
		Set<Long> chosen = ScoringEngine.shortlist(cycle.policy(), candidates);
		var now = Timestamp.from(clock.instant());
		var rows = new ArrayList<Object[]>(participants.size());
		for (ParticipantView p : participants) {
			rows.add(new Object[] { cycleId, p.bodyId(), p.categoryId(), saq(scores, p.bodyId()),
					chosen.contains(p.bodyId()), now });
		}
		// one statement per batch, not one entity per body: national cycles have ten thousand participants.
		// A commissioner's adjustment in force keeps deciding whether the body goes on.
		jdbc.batchUpdate("""
				insert into shortlist_entry (cycle_id, body_id, category_id, verified_saq, by_policy, included, drawn_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (cycle_id, body_id) do update set category_id = excluded.category_id,
				verified_saq = excluded.verified_saq, by_policy = excluded.by_policy, drawn_at = excluded.drawn_at,
				included = case when shortlist_entry.adjustment_reason is null then excluded.by_policy
				else shortlist_entry.included end,
				version = shortlist_entry.version + 1
				""", rows.stream().map(r -> new Object[] { r[0], r[1], r[2], r[3], r[4], r[4], r[5] }).toList());
		// a body withdrawn from the cycle since the last draw leaves the shortlist
		jdbc.update("delete from shortlist_entry where cycle_id = ? and not (body_id = any (?))", cycleId,
				participants.stream().map(ParticipantView::bodyId).toArray(Long[]::new));
		return entries.includedBodyIds(cycleId).size();
	}

	/**
	 * A commissioner's decision: {@code include} true puts the body on the shortlist, false takes it off. A
	 * decision equal to the policy's verdict withdraws an earlier adjustment. Refused without a reason, for a
	 * body not drawn, or when nothing would change.
	 */
	@Transactional
	public void adjust(long cycleId, long bodyId, boolean include, @Nullable String reason, Actor actor) {
		cycles.cycle(cycleId);
		var entry = entries.findByCycleIdAndBodyId(cycleId, bodyId)
			.orElseThrow(() -> new NotFoundException("Shortlist entry " + cycleId + "/" + bodyId));
		if (reason == null || reason.isBlank()) {
			throw new BusinessException("reason", "results.shortlist.reasonRequired");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new BusinessException("reason", "results.shortlist.reasonTooLong", MAX_REASON);
		}
		if (entry.isIncluded() == include) {
			throw new BusinessException("include", include ? "results.shortlist.alreadyIn" : "results.shortlist.alreadyOut");
		}
		var now = clock.instant();
		if (include == entry.isByPolicy()) {
			entry.followPolicy();
		}
		else {
			entry.adjust(include, reason.strip(), actor.name(), now);
		}
		adjustments.save(new ShortlistAdjustment(cycleId, bodyId, include, reason.strip(), actor.accountId(),
				actor.name(), now));
	}

	/** The bodies that go on to presentation and visitasi; empty before the first draw. */
	@Transactional(readOnly = true)
	public Set<Long> shortlisted(long cycleId) {
		return new LinkedHashSet<>(entries.includedBodyIds(cycleId));
	}

	@Transactional(readOnly = true)
	public boolean isDrawn(long cycleId) {
		return entries.existsByCycleId(cycleId);
	}

	@Transactional(readOnly = true)
	public ShortlistPage page(long cycleId, @Nullable Long categoryId) {
		var cycle = cycles.cycle(cycleId);
		var all = entries.findByCycleId(cycleId);
		var participants = cycles.participants(cycleId);
		var categoryIds = participants.stream().map(ParticipantView::categoryId).collect(Collectors.toSet());
		List<CategoryView> categories = directory.categories()
			.stream()
			.filter(c -> categoryIds.contains(c.id()))
			.toList();
		var names = categories.stream().collect(Collectors.toMap(CategoryView::id, CategoryView::name));
		var shown = all.stream().filter(e -> categoryId == null || e.getCategoryId() == categoryId).toList();
		Map<Long, BodyView> bodies = new HashMap<>();
		var adjustmentLog = adjustments.findByCycleIdOrderByAdjustedAtDescIdDesc(cycleId);
		var bodyIds = new HashSet<Long>();
		shown.forEach(e -> bodyIds.add(e.getBodyId()));
		adjustmentLog.forEach(a -> bodyIds.add(a.getBodyId()));
		directory.bodies(bodyIds).forEach(b -> bodies.put(b.id(), b));
		var policy = cycle.policy();
		var rows = shown.stream()
			.map(e -> {
				var body = bodies.get(e.getBodyId());
				return new ShortlistRow(e.getBodyId(), body.code(), body.name(), e.getCategoryId(),
						names.getOrDefault(e.getCategoryId(), body.categoryName()),
						e.getVerifiedSaq() == null ? null : policy.round(e.getVerifiedSaq()), e.isByPolicy(),
						e.isIncluded(), e.getAdjustmentReason(), e.getAdjustedByName(), e.getAdjustedAt());
			})
			.sorted(Comparator.comparing(ShortlistRow::categoryName)
				.thenComparing(ShortlistRow::verifiedSaq, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(ShortlistRow::bodyName))
			.toList();
		var log = adjustmentLog.stream()
			.map(a -> new ShortlistPage.Adjustment(bodies.get(a.getBodyId()).name(), a.isIncluded(), a.getReason(),
					a.getAdjustedByName(), a.getAdjustedAt()))
			.toList();
		var drawnAt = all.stream().map(ShortlistEntry::getDrawnAt).max(Comparator.naturalOrder()).orElse(null);
		long withoutScore = all.isEmpty() ? participants.size()
				: all.stream().filter(e -> e.getVerifiedSaq() == null).count();
		return new ShortlistPage(cycleId, cycle.title(), policy.shortlist(), drawnAt, categoryId, categories, rows,
				all.stream().filter(ShortlistEntry::isIncluded).count(), participants.size(), withoutScore, log);
	}

	private static @Nullable BigDecimal saq(Map<Long, Map<ScoreStage, BigDecimal>> scores, long bodyId) {
		var stages = scores.get(bodyId);
		return stages == null ? null : stages.get(ScoreStage.SAQ);
	}

}
