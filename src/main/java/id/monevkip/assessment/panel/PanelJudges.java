package id.monevkip.assessment.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every judge assignment of a cycle in one query, for the results page and the session form. Reads the assignment table of this same
 * module directly because the module's API answers only per body, which would be one query per participant.
 */
@Component
@RequiredArgsConstructor
public class PanelJudges {

	private final JdbcClient jdbc;

	/** Judge account ids per body, in the order they were assigned. */
	public Map<Long, List<Long>> of(long cycleId) {
		var result = new LinkedHashMap<Long, List<Long>>();
		jdbc.sql("""
				select body_id, account_id from assessment_assignment where cycle_id = ? and role = 'JUDGE'
				order by assigned_at, id""").param(cycleId).query(rs -> {
			result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
		});
		return result;
	}

}
