package id.monevkip.ranking.awards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Award categories and their body categories, read per cycle in two queries. */
@Repository
@RequiredArgsConstructor
class AwardStore {

	private final JdbcTemplate jdbc;

	List<AwardCategoryView> categories(long cycleId) {
		Map<Long, List<Long>> members = new HashMap<>();
		jdbc.query("select award_category_id, body_category_id from award_category_member where cycle_id = ? "
				+ "order by body_category_id", rs -> {
					members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
				}, cycleId);
		return jdbc.query("select id, cycle_id, name, winners, top_per_regency, sort_order from award_category "
				+ "where cycle_id = ? order by sort_order, name", (rs, i) -> view(rs, members), cycleId);
	}

	Optional<AwardCategoryView> category(long cycleId, long awardId) {
		return categories(cycleId).stream().filter(a -> a.id() == awardId).findFirst();
	}

	long insert(long cycleId, String name, int winners, @Nullable Integer topPerRegency, int sortOrder) {
		var keys = new GeneratedKeyHolder();
		jdbc.update(con -> {
			var statement = con.prepareStatement("insert into award_category (cycle_id, name, winners, top_per_regency, "
					+ "sort_order) values (?, ?, ?, ?, ?)", new String[] { "id" });
			statement.setLong(1, cycleId);
			statement.setString(2, name);
			statement.setInt(3, winners);
			statement.setObject(4, topPerRegency, Types.INTEGER);
			statement.setInt(5, sortOrder);
			return statement;
		}, keys);
		return keys.getKeyAs(Long.class);
	}

	void update(long awardId, String name, int winners, @Nullable Integer topPerRegency, int sortOrder) {
		jdbc.update("update award_category set name = ?, winners = ?, top_per_regency = ?, sort_order = ? where id = ?",
				name, winners, topPerRegency, sortOrder, awardId);
	}

	void replaceMembers(long cycleId, long awardId, List<Long> bodyCategoryIds) {
		jdbc.update("delete from award_category_member where award_category_id = ?", awardId);
		jdbc.batchUpdate("insert into award_category_member (award_category_id, cycle_id, body_category_id) values (?, ?, ?)",
				bodyCategoryIds.stream().map(id -> new Object[] { awardId, cycleId, id }).toList());
	}

	void delete(long awardId) {
		jdbc.update("delete from award_category where id = ?", awardId);
	}

	private static AwardCategoryView view(ResultSet rs, Map<Long, List<Long>> members) throws SQLException {
		long id = rs.getLong("id");
		return new AwardCategoryView(id, rs.getLong("cycle_id"), rs.getString("name"), rs.getInt("winners"),
				rs.getObject("top_per_regency", Integer.class), rs.getInt("sort_order"), members.getOrDefault(id, List.of()));
	}

}
