package id.monevkip.submission.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import id.monevkip.questionnaire.scoring.Verdict;
import id.monevkip.submission.ItemOutcome;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The verification outcome per item of a submission (V22), replaced as a whole each time it is handed over. */
@Repository
@RequiredArgsConstructor
public class ItemOutcomes {

	private final JdbcClient jdbc;

	private final Clock clock;

	public void replace(long submissionId, Collection<ItemOutcome> outcomes) {
		jdbc.sql("delete from submission_item_outcome where submission_id = ?").param(submissionId).update();
		var now = Timestamp.from(clock.instant());
		for (var outcome : outcomes) {
			jdbc.sql("""
					insert into submission_item_outcome (submission_id, question_code, verdict, remark, recorded_at)
					values (?, ?, ?, ?, ?)""")
				.params(submissionId, outcome.questionCode(), outcome.verdict().name(), outcome.remark(), now)
				.update();
		}
	}

	/** By question code, in code order; empty before verification was completed. */
	public Map<String, ItemOutcome> of(long submissionId) {
		var result = new LinkedHashMap<String, ItemOutcome>();
		jdbc.sql("select question_code, verdict, remark from submission_item_outcome where submission_id = ? order by question_code")
			.param(submissionId)
			.query(rs -> {
				result.put(rs.getString(1),
						new ItemOutcome(rs.getString(1), Verdict.valueOf(rs.getString(2)), rs.getString(3)));
			});
		return result;
	}

}
