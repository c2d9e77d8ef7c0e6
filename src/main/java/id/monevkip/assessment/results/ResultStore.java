package id.monevkip.assessment.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.monevkip.assessment.ResultView;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The result tables in plain SQL: ten thousand rows are read in one statement and written in batches, so a
 * recomputation of a whole national cycle stays within a few seconds. The draft rows live in {@code result} (per
 * cycle), a decree's frozen copy in {@code decree_row} (per decree); both have the same columns.
 */
@Repository
@RequiredArgsConstructor
class ResultStore {

	/** The two tables of result rows and the key that selects one set of rows in each. */
	enum Rows {

		DRAFT("result", "cycle_id"), DECREE("decree_row", "decree_id");

		private final String table;

		private final String key;

		Rows(String table, String key) {
			this.table = table;
			this.key = key;
		}

	}

	static final String COLUMNS = "body_id, category_id, verified_saq, presentation, visitation, website, raw_score, "
			+ "final_score, band, rank, shortlisted";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Map<Long, ResultView> draft(long cycleId) {
		var rows = new HashMap<Long, ResultView>();
		jdbc.sql("select " + COLUMNS + " from result where cycle_id = ?")
			.param(cycleId)
			.query((rs, n) -> rows.put(rs.getLong("body_id"), row(rs, "")))
			.list();
		return rows;
	}

	/** Inserts or replaces these draft rows in batches. */
	void write(long cycleId, List<ResultView> rows, Instant computedAt) {
		var at = Timestamp.from(computedAt);
		var args = new ArrayList<Object[]>(rows.size());
		for (ResultView r : rows) {
			args.add(new Object[] { cycleId, r.bodyId(), r.categoryId(), r.verifiedSaq(), r.presentation(), r.visitation(),
					r.website(), r.rawScore(), r.finalScore(), r.band(), r.rank(), r.shortlisted(), at });
		}
		template.batchUpdate("""
				insert into result (cycle_id, body_id, category_id, verified_saq, presentation, visitation, website,
					raw_score, final_score, band, rank, shortlisted, computed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (cycle_id, body_id) do update set category_id = excluded.category_id,
					verified_saq = excluded.verified_saq, presentation = excluded.presentation,
					visitation = excluded.visitation, website = excluded.website, raw_score = excluded.raw_score,
					final_score = excluded.final_score, band = excluded.band, rank = excluded.rank,
					shortlisted = excluded.shortlisted, computed_at = excluded.computed_at
				""", args);
	}

	/** Drops the draft rows of bodies no longer taking part. */
	void removeOthers(long cycleId, Collection<Long> participants) {
		jdbc.sql("delete from result where cycle_id = ? and not (body_id = any (?))")
			.params(cycleId, participants.toArray(Long[]::new))
			.update();
	}

	/** When the draft last changed. */
	Optional<Instant> computedAt(long cycleId) {
		return jdbc.sql("select max(computed_at) from result where cycle_id = ?")
			.param(cycleId)
			.query((rs, n) -> rs.getTimestamp(1))
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * One page of rows, sorted by category (in {@code categoryOrder}) then rank, optionally of one category and
	 * one band.
	 */
	List<ResultView> page(Rows rows, long key, Long[] categoryOrder, @Nullable Long categoryId, @Nullable String band,
			int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + " from " + rows.table + " where " + rows.key + " = ?" + filter()
				+ " order by array_position(?, category_id), category_id, rank, final_score desc, body_id offset ? limit ?")
			.params(key, categoryId, categoryId, band, band, categoryOrder, offset, limit)
			.query((rs, n) -> row(rs, ""))
			.list();
	}

	long count(Rows rows, long key, @Nullable Long categoryId, @Nullable String band) {
		return jdbc.sql("select count(*) from " + rows.table + " where " + rows.key + " = ?" + filter())
			.params(key, categoryId, categoryId, band, band)
			.query(Long.class)
			.single();
	}

	/** Bodies per band, for the summary above a table. */
	Map<String, Long> bands(Rows rows, long key) {
		var counts = new HashMap<String, Long>();
		jdbc.sql("select band, count(*) from " + rows.table + " where " + rows.key + " = ? group by band")
			.param(key)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

	/** The categories that have rows. */
	List<Long> categories(Rows rows, long key) {
		return jdbc.sql("select distinct category_id from " + rows.table + " where " + rows.key + " = ?")
			.param(key)
			.query(Long.class)
			.list();
	}

	long withoutSaq(Rows rows, long key) {
		return jdbc.sql("select count(*) from " + rows.table + " where " + rows.key + " = ? and verified_saq is null")
			.param(key)
			.query(Long.class)
			.single();
	}

	private static String filter() {
		return " and (cast(? as bigint) is null or category_id = ?) and (cast(? as varchar) is null or band = ?)";
	}

	/** How many bodies differ between the draft of a cycle and a decree version (bodies in only one count too). */
	long differences(long cycleId, long decreeId) {
		String figures = "body_id, category_id, verified_saq, presentation, visitation, website, final_score, band, rank, shortlisted";
		return jdbc.sql("select count(distinct body_id) from ((select " + figures + " from result where cycle_id = ? except select "
				+ figures + " from decree_row where decree_id = ?) union all (select " + figures
				+ " from decree_row where decree_id = ? except select " + figures + " from result where cycle_id = ?)) d")
			.params(cycleId, decreeId, decreeId, cycleId)
			.query(Long.class)
			.single();
	}

	/** Copies the draft of the cycle into the decree: from now on these rows never change. */
	int freeze(long decreeId, long cycleId) {
		return jdbc.sql("insert into decree_row (decree_id, " + COLUMNS + ") select ?, " + COLUMNS
				+ " from result where cycle_id = ?").params(decreeId, cycleId).update();
	}

	/** One body's row of a decree version (by the primary key), empty when the body is not in it. */
	Optional<ResultView> decreeRow(long decreeId, long bodyId) {
		return jdbc.sql("select " + COLUMNS + " from decree_row where decree_id = ? and body_id = ?")
			.params(decreeId, bodyId)
			.query((rs, n) -> row(rs, ""))
			.optional();
	}

	/** The rows of one body in every decree version of the cycle, oldest version first. */
	List<VersionedResult> decreeRowsOf(long cycleId, long bodyId) {
		return jdbc.sql("select d.version, d.number, d.decree_date, " + prefixed("r.", "")
				+ " from decree_row r join decree d on d.id = r.decree_id where d.cycle_id = ? and r.body_id = ? order by d.version")
			.params(cycleId, bodyId)
			.query((rs, n) -> new VersionedResult(rs.getInt("version"), rs.getString("number"),
					rs.getDate("decree_date").toLocalDate(), row(rs, "")))
			.list();
	}

	/**
	 * Two decree versions side by side, sorted like the newer one's table; with {@code onlyDifferences} just the
	 * bodies whose final score, band or rank differ, or that appear in one version only.
	 */
	List<Pair> compare(long fromId, long toId, boolean onlyDifferences, Long[] categoryOrder, int offset, int limit) {
		return jdbc.sql("select " + prefixed("a.", "a_") + ", " + prefixed("b.", "b_") + pairs()
				+ " order by array_position(?, coalesce(b.category_id, a.category_id)), coalesce(b.category_id, a.category_id),"
				+ " coalesce(b.rank, a.rank), coalesce(b.body_id, a.body_id) offset ? limit ?")
			.params(fromId, toId, onlyDifferences, categoryOrder, offset, limit)
			.query((rs, n) -> new Pair(rs.getObject("a_body_id") == null ? null : row(rs, "a_"),
					rs.getObject("b_body_id") == null ? null : row(rs, "b_")))
			.list();
	}

	long countPairs(long fromId, long toId, boolean onlyDifferences) {
		return jdbc.sql("select count(*)" + pairs()).params(fromId, toId, onlyDifferences).query(Long.class).single();
	}

	private static String pairs() {
		return """
				 from (select * from decree_row where decree_id = ?) a
				full join (select * from decree_row where decree_id = ?) b on b.body_id = a.body_id
				where (not ? or a.body_id is null or b.body_id is null or a.final_score <> b.final_score
					or a.band <> b.band or a.rank <> b.rank)""";
	}

	private static String prefixed(String alias, String prefix) {
		var columns = new ArrayList<String>();
		for (String column : COLUMNS.split(", ")) {
			columns.add(alias + column + (prefix.isEmpty() ? "" : " as " + prefix + column));
		}
		return String.join(", ", columns);
	}

	private static ResultView row(ResultSet rs, String prefix) throws SQLException {
		return new ResultView(rs.getLong(prefix + "body_id"), rs.getLong(prefix + "category_id"),
				rs.getBigDecimal(prefix + "verified_saq"), rs.getBigDecimal(prefix + "presentation"),
				rs.getBigDecimal(prefix + "visitation"), rs.getBigDecimal(prefix + "website"),
				rs.getBigDecimal(prefix + "raw_score"), rs.getBigDecimal(prefix + "final_score"),
				rs.getString(prefix + "band"), rs.getInt(prefix + "rank"), rs.getBoolean(prefix + "shortlisted"));
	}

	/** A body's row in one decree version. */
	record VersionedResult(int version, String number, LocalDate date, ResultView row) {
	}

	/** A body in two versions; null where it does not appear. */
	record Pair(@Nullable ResultView from, @Nullable ResultView to) {

		long bodyId() {
			return to != null ? to.bodyId() : from.bodyId();
		}

	}

}
