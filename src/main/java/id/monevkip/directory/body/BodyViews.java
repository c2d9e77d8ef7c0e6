package id.monevkip.directory.body;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.monevkip.directory.BodyView;
import id.monevkip.directory.PpidType;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Many bodies at once as {@link BodyView}s, read with plain SQL: boards of a whole cycle ask for ten thousand
 * bodies per request, where loading entities (and binding ten thousand parameters) took most of the time. The ids
 * travel as one array parameter.
 */
@Repository
@RequiredArgsConstructor
public class BodyViews {

	private final JdbcClient jdbc;

	public List<BodyView> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select b.id, b.code, b.name, b.category_id, c.name as category_name, b.region_id, r.code as region_code,
					r.name as region_name, b.parent_id, p.name as parent_name, b.ppid_type, b.website, b.email, b.phone,
					b.address, b.active, b.version
				from public_body b
				join body_category c on c.id = b.category_id
				left join region r on r.id = b.region_id
				left join public_body p on p.id = b.parent_id
				where b.id = any (?)
				order by b.name, b.id""")
			.param(ids.toArray(Long[]::new))
			.query(BodyViews::view)
			.list();
	}

	/** For each known body, its ancestors' ids from the root down followed by its own, from the materialised path. */
	public Map<Long, List<Long>> lines(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var lines = new HashMap<Long, List<Long>>();
		jdbc.sql("select id, path from public_body where id = any (?)")
			.param(ids.toArray(Long[]::new))
			.query((rs, row) -> lines.put(rs.getLong("id"), line(rs.getString("path"), rs.getLong("id"))))
			.list();
		return lines;
	}

	private static List<Long> line(String path, long id) {
		var line = new ArrayList<Long>();
		Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).map(Long::valueOf).forEach(line::add);
		line.add(id);
		return List.copyOf(line);
	}

	private static BodyView view(ResultSet rs, int row) throws SQLException {
		return new BodyView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("category_id"),
				rs.getString("category_name"), rs.getObject("region_id", Long.class), rs.getString("region_code"),
				rs.getString("region_name"), rs.getObject("parent_id", Long.class), rs.getString("parent_name"),
				PpidType.valueOf(rs.getString("ppid_type")), rs.getString("website"), rs.getString("email"),
				rs.getString("phone"), rs.getString("address"), rs.getBoolean("active"), rs.getLong("version"));
	}

}
