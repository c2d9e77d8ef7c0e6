package id.monevkip.assessment.results;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.monevkip.assessment.DecreeView;
import id.monevkip.assessment.ledger.Actor;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decree versions of the cycles; a version is written once and never updated. */
@Repository
@RequiredArgsConstructor
class DecreeStore {

	private static final String SELECT = """
			select d.id, d.cycle_id, d.version, d.number, d.decree_date, d.note, d.reason, d.issued_by_name, d.issued_at,
				(select count(*) from decree_row r where r.decree_id = d.id) as bodies
			from decree d""";

	private final JdbcClient jdbc;

	long insert(long cycleId, int version, String number, LocalDate date, @Nullable String note,
			@Nullable String reason, Actor actor, Instant at) {
		return jdbc.sql("""
				insert into decree (cycle_id, version, number, decree_date, note, reason, issued_by_account_id,
					issued_by_name, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(cycleId, version, number, Date.valueOf(date), note, reason, actor.accountId(), actor.name(),
					Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** Locks the cycle's decrees against a second issue at the same moment; returns the latest version. */
	Optional<DecreeView> latestForUpdate(long cycleId) {
		jdbc.sql("select id from cycle where id = ? for update").param(cycleId).query(Long.class).optional();
		return latest(cycleId);
	}

	Optional<DecreeView> latest(long cycleId) {
		return jdbc.sql(SELECT + " where d.cycle_id = ? order by d.version desc limit 1")
			.param(cycleId)
			.query(DecreeStore::view)
			.optional();
	}

	/** Newest first. */
	List<DecreeView> all(long cycleId) {
		return jdbc.sql(SELECT + " where d.cycle_id = ? order by d.version desc").param(cycleId).query(DecreeStore::view).list();
	}

	Optional<DecreeView> version(long cycleId, int version) {
		return jdbc.sql(SELECT + " where d.cycle_id = ? and d.version = ?")
			.params(cycleId, version)
			.query(DecreeStore::view)
			.optional();
	}

	/** The decree (of any cycle) that already carries this number, ignoring letter case. */
	Optional<DecreeView> byNumber(String number) {
		return jdbc.sql(SELECT + " where upper(d.number) = upper(?)").param(number).query(DecreeStore::view).optional();
	}

	private static DecreeView view(ResultSet rs, int n) throws SQLException {
		return new DecreeView(rs.getLong("id"), rs.getLong("cycle_id"), rs.getInt("version"), rs.getString("number"),
				rs.getDate("decree_date").toLocalDate(), rs.getString("note"), rs.getString("reason"),
				rs.getString("issued_by_name"), rs.getTimestamp("issued_at").toInstant(), rs.getInt("bodies"));
	}

}
