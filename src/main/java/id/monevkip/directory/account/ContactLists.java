package id.monevkip.directory.account;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.monevkip.directory.ContactView;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contacts of many bodies in one statement, for mails to a whole board (reminders to thousands of bodies
 * would otherwise ask once per body). The ids travel as one array parameter.
 */
@Repository
@RequiredArgsConstructor
public class ContactLists {

	private final JdbcClient jdbc;

	/** Active accounts holding the role, per body, by name; bodies without one are left out. */
	public Map<Long, List<ContactView>> of(Collection<Long> bodyIds, Role role) {
		if (bodyIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select a.public_body_id, a.id, a.email, a.display_name
				from account a join account_role r on r.account_id = a.id
				where a.public_body_id = any (?) and r.role = ? and a.active
				order by a.public_body_id, a.display_name, a.id""")
			.param(bodyIds.toArray(Long[]::new))
			.param(role.name())
			.query((rs, row) -> Map.entry(rs.getLong("public_body_id"),
					new ContactView(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

}
