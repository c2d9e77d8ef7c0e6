package id.monevkip.assessment.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.monevkip.assessment.ScoreChangeView;
import id.monevkip.assessment.ScoreSubject;
import id.monevkip.cycle.ScoreStage;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each participant's current score per stage and writes one audit row for every change (before, after,
 * who, when, why). Writing the same score again records nothing, so callers may record after every step. Scores
 * are kept to four decimals: the engine rounds only the final score, and the stages feed it unrounded.
 */
@Service
@RequiredArgsConstructor
public class ScoreLedger {

	/** Stored precision of stage scores (numeric(9,4)). */
	public static final int SCALE = 4;

	private static final int MAX_REASON = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final Clock clock;

	/**
	 * Sets (or with {@code score} null withdraws) a body's score of a stage. Must run inside the caller's
	 * transaction so that the score and the step that produced it commit together.
	 * @return true when the score changed and an audit row was written
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean record(long cycleId, long bodyId, ScoreStage stage, @Nullable BigDecimal score, String reason,
			Actor actor) {
		BigDecimal after = score == null ? null : score.setScale(SCALE, RoundingMode.HALF_UP);
		if (after != null && (after.signum() < 0 || after.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new IllegalArgumentException("Stage score outside 0-100: " + score);
		}
		BigDecimal before = jdbc
			.sql("select score from stage_score where cycle_id = ? and body_id = ? and stage = ? for update")
			.params(cycleId, bodyId, stage.name())
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
		if (same(before, after)) {
			return false;
		}
		var now = Timestamp.from(clock.instant());
		if (after == null) {
			jdbc.sql("delete from stage_score where cycle_id = ? and body_id = ? and stage = ?")
				.params(cycleId, bodyId, stage.name())
				.update();
		}
		else {
			jdbc.sql("""
					insert into stage_score (cycle_id, body_id, stage, score, updated_at) values (?, ?, ?, ?, ?)
					on conflict (cycle_id, body_id, stage) do update set score = excluded.score, updated_at = excluded.updated_at
					""").params(cycleId, bodyId, stage.name(), after, now).update();
		}
		change(cycleId, bodyId, ScoreSubject.of(stage), before, after, reason, actor);
		return true;
	}

	/** Writes one audit row; for subjects whose current value another table keeps (the final score). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void change(long cycleId, long bodyId, ScoreSubject subject, @Nullable BigDecimal before,
			@Nullable BigDecimal after, String reason, Actor actor) {
		String text = reason.strip();
		jdbc.sql("""
				insert into score_change (cycle_id, body_id, subject, before_score, after_score, reason,
				changed_by_account_id, changed_by_name, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(cycleId, bodyId, subject.name(), before, after,
					text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text, actor.accountId(), actor.name(),
					Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * Writes one audit row per change, in batches, all with the same subject, reason, actor and time; for
	 * recomputations that touch thousands of bodies at once (the final results).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changeAll(long cycleId, ScoreSubject subject, List<Change> changes, String reason, Actor actor) {
		String text = reason.strip();
		String stored = text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
		var now = Timestamp.from(clock.instant());
		var rows = new ArrayList<Object[]>(changes.size());
		for (Change c : changes) {
			rows.add(new Object[] { cycleId, c.bodyId(), subject.name(), c.before(), c.after(), stored, actor.accountId(),
					actor.name(), now });
		}
		jdbcTemplate.batchUpdate("""
				insert into score_change (cycle_id, body_id, subject, before_score, after_score, reason,
				changed_by_account_id, changed_by_name, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

	/** One body's score before and after, for {@link #changeAll}. */
	public record Change(long bodyId, @Nullable BigDecimal before, @Nullable BigDecimal after) {
	}

	@Transactional(readOnly = true)
	public Optional<BigDecimal> score(long cycleId, long bodyId, ScoreStage stage) {
		return jdbc.sql("select score from stage_score where cycle_id = ? and body_id = ? and stage = ?")
			.params(cycleId, bodyId, stage.name())
			.query(BigDecimal.class)
			.optional();
	}

	/** Every participant's stage scores in the cycle, in one query; bodies without any score are absent. */
	@Transactional(readOnly = true)
	public Map<Long, Map<ScoreStage, BigDecimal>> scores(long cycleId) {
		var result = new HashMap<Long, Map<ScoreStage, BigDecimal>>();
		jdbc.sql("select body_id, stage, score from stage_score where cycle_id = ?").param(cycleId).query(rs -> {
			result.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(ScoreStage.class))
				.put(ScoreStage.valueOf(rs.getString(2)), rs.getBigDecimal(3));
		});
		return result;
	}

	/** A body's audit trail in the cycle, newest first. */
	@Transactional(readOnly = true)
	public List<ScoreChangeView> history(long cycleId, long bodyId) {
		return jdbc.sql("""
				select id, subject, before_score, after_score, reason, changed_by_name, changed_at from score_change
				where cycle_id = ? and body_id = ? order by changed_at desc, id desc
				""")
			.params(cycleId, bodyId)
			.query((rs, n) -> new ScoreChangeView(rs.getLong(1), ScoreSubject.valueOf(rs.getString(2)),
					rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5), rs.getString(6),
					rs.getTimestamp(7).toInstant()))
			.list();
	}

	private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

}
