package id.monevkip.submission.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import id.monevkip.submission.SubmissionStatus;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the running counts of submissions for the progress board. The body ids travel as one array parameter,
 * so that a commission's board with tens of thousands of bodies stays one statement within the driver's
 * parameter limit.
 */
@Repository
@RequiredArgsConstructor
public class ProgressTallies {

	private final JdbcClient jdbc;

	public List<ProgressTally> of(long cycleId, Collection<Long> bodyIds) {
		return jdbc.sql("""
				select s.id, s.body_id, s.status, s.instrument_id, s.submitted_at,
					p.answered, p.with_evidence, p.needs_evidence, p.evidence_met, p.last_activity_at, p.last_activity_by,
					(select max(r.deadline) from revision_round r where r.submission_id = s.id and r.closed_at is null)
						as revision_deadline
				from submission s join submission_progress p on p.submission_id = s.id
				where s.cycle_id = ? and s.body_id = any (?)""")
			.param(cycleId)
			.param(bodyIds.toArray(Long[]::new))
			.query(ProgressTallies::tally)
			.list();
	}

	private static ProgressTally tally(ResultSet rs, int row) throws SQLException {
		return new ProgressTally(rs.getLong("id"), rs.getLong("body_id"), SubmissionStatus.valueOf(rs.getString("status")),
				rs.getLong("instrument_id"), instant(rs.getTimestamp("submitted_at")), rs.getInt("answered"),
				rs.getInt("with_evidence"), rs.getInt("needs_evidence"), rs.getInt("evidence_met"), instant(rs.getTimestamp("last_activity_at")), rs.getString("last_activity_by"),
				instant(rs.getTimestamp("revision_deadline")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
