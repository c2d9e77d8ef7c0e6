package id.monevkip.ranking.awards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special awards (penghargaan khusus): chosen by commissioners only, for a participant of the cycle, with a
 * citation; added and removed until the results decree is issued, then fixed.
 */
@Service
@RequiredArgsConstructor
class SpecialAwards {

	private final JdbcTemplate jdbc;

	private final AwardLock lock;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final Clock clock;

	List<SpecialAwardView> of(long cycleId) {
		record Row(long id, String title, long bodyId, String citation, String by, java.sql.Timestamp at) {
		}
		var rows = jdbc.query("select id, title, body_id, citation, chosen_by_name, chosen_at from special_award "
				+ "where cycle_id = ? order by id", (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3),
						rs.getString(4), rs.getString(5), rs.getTimestamp(6)), cycleId);
		Map<Long, BodyView> bodies = directory.bodies(rows.stream().map(Row::bodyId).toList())
			.stream()
			.collect(Collectors.toMap(BodyView::id, Function.identity()));
		return rows.stream()
			.map(r -> new SpecialAwardView(r.id(), cycleId, r.title(), r.bodyId(),
					bodies.containsKey(r.bodyId()) ? bodies.get(r.bodyId()).name() : "–", r.citation(), r.by(),
					r.at().toInstant()))
			.toList();
	}

	/** Adds a special award; the problems with the form, empty when saved. */
	@Transactional
	List<FormProblem> add(long cycleId, SpecialAwardForm form, CurrentUser user) {
		requireCommissioner(user);
		lock.requireOpen(cycleId);
		var problems = new ArrayList<>(form.problems());
		if (form.bodyId() != null && !cycles.isParticipant(cycleId, form.bodyId())) {
			problems.add(new FormProblem("bodyId", "awards.special.notParticipant"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		jdbc.update("insert into special_award (cycle_id, title, body_id, citation, chosen_by_name, chosen_at) "
				+ "values (?, ?, ?, ?, ?, ?)", cycleId, form.title().strip(), form.bodyId(), form.citation().strip(),
				user.displayName(), java.sql.Timestamp.from(clock.instant()));
		return List.of();
	}

	@Transactional
	void remove(long cycleId, long awardId, CurrentUser user) {
		requireCommissioner(user);
		lock.requireOpen(cycleId);
		if (jdbc.update("delete from special_award where id = ? and cycle_id = ?", awardId, cycleId) == 0) {
			throw new NotFoundException("Special award " + awardId);
		}
	}

	private static void requireCommissioner(CurrentUser user) {
		if (!user.has(Role.COMMISSIONER)) {
			throw new BusinessException("", "awards.special.commissionersOnly");
		}
	}

}
