package id.monevkip.ranking.tokoh;

import java.time.Clock;
import java.util.List;

import id.monevkip.directory.DirectoryManagement;
import id.monevkip.directory.PersonView;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The special team of a cycle's tokoh award: JUROR accounts an admin puts on it. */
@Service
@RequiredArgsConstructor
class TokohTeam {

	private final TokohJurorRepository jurors;

	private final TokohSheetRepository sheets;

	private final DirectoryManagement directory;

	private final Rounds rounds;

	private final Clock clock;

	record Member(long accountId, String name) {
	}

	List<Member> members(long cycleId) {
		return jurors.findByCycleIdOrderByName(cycleId).stream().map(j -> new Member(j.getAccountId(), j.getName())).toList();
	}

	/** JUROR accounts not yet on the team, for the admin's choice. */
	List<PersonView> candidates(long cycleId) {
		var on = members(cycleId).stream().map(Member::accountId).toList();
		return directory.peopleWithRole(Role.JUROR).stream().filter(p -> !on.contains(p.accountId())).toList();
	}

	@Transactional
	void add(long cycleId, long accountId) {
		rounds.requireUnpublished(cycleId);
		var person = directory.peopleWithRole(Role.JUROR)
			.stream()
			.filter(p -> p.accountId() == accountId)
			.findFirst()
			.orElseThrow(() -> new BusinessException("accountId", "tokoh.team.notJuror"));
		if (jurors.findByCycleIdAndAccountId(cycleId, accountId).isEmpty()) {
			jurors.save(new TokohJuror(cycleId, accountId, person.displayName(), clock.instant()));
		}
	}

	/** A juror who has scored stays: their sheets are part of the record. */
	@Transactional
	void remove(long cycleId, long accountId) {
		rounds.requireUnpublished(cycleId);
		if (sheets.existsByCycleIdAndJurorAccountId(cycleId, accountId)) {
			throw new BusinessException("accountId", "tokoh.team.hasScored");
		}
		jurors.findByCycleIdAndAccountId(cycleId, accountId).ifPresent(jurors::delete);
	}

	boolean isMember(long cycleId, long accountId) {
		return jurors.findByCycleIdAndAccountId(cycleId, accountId).isPresent();
	}

}
