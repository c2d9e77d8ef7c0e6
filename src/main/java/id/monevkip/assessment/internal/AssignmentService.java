package id.monevkip.assessment.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.monevkip.assessment.AssignmentRole;
import id.monevkip.assessment.AssignmentView;
import id.monevkip.assessment.ConflictKind;
import id.monevkip.assessment.ConflictView;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who verifies and who judges which participant of a cycle, by hand or automatically. A person must hold the
 * account role of the assignment role and must not be in conflict with the body; the body must take part in the
 * cycle. Every refusal names its reason and changes nothing.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class AssignmentService {

	/** Largest page of the assignment list. */
	public static final int MAX_PAGE_SIZE = 100;

	private final AssignmentRepository assignments;

	private final Conflicts conflicts;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** One page of the cycle's participants (filtered by category and "nobody in this role yet") with their people. */
	@Transactional(readOnly = true)
	public AssignmentPage page(long cycleId, long categoryId, @Nullable AssignmentRole without, int page, int size) {
		var cycle = cycles.cycle(cycleId);
		var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
		var ids = assignments.participantPage(cycleId, categoryId, without == null ? "" : without.name(), request);
		var bodies = directory.bodies(ids.getContent());
		var assigned = assignments.findByCycleIdAndBodyIdInOrderByAssignedAtAscIdAsc(cycleId, ids.getContent());
		var names = directory.accountNames(assigned.stream().map(Assignment::getAccountId).collect(Collectors.toSet()));
		var byBody = assigned.stream().collect(Collectors.groupingBy(Assignment::getBodyId));
		var rows = bodies.stream().map(body -> {
			var mine = byBody.getOrDefault(body.id(), List.of());
			return new AssignmentPage.Row(body, people(mine, AssignmentRole.VERIFIER, names),
					people(mine, AssignmentRole.JUDGE, names));
		}).toList();
		return new AssignmentPage(cycle.id(), cycle.title(), new PageImpl<>(rows, request, ids.getTotalElements()),
				directory.peopleWithRole(AssignmentRole.VERIFIER.accountRole()),
				directory.peopleWithRole(AssignmentRole.JUDGE.accountRole()), directory.categories());
	}

	private static List<AssignmentPage.Assigned> people(List<Assignment> assigned, AssignmentRole role,
			Map<Long, String> names) {
		return assigned.stream()
			.filter(a -> a.getRole() == role)
			.map(a -> new AssignmentPage.Assigned(a.getAccountId(), names.getOrDefault(a.getAccountId(), "")))
			.toList();
	}

	/**
	 * Assigns a person to a participant in a role. Unknown cycle, body or account → 404; a body that does not take
	 * part, a person without the role, a second assignment of the same person or a conflict → {@link BusinessException}.
	 */
	public void assign(long cycleId, long bodyId, long accountId, AssignmentRole role, CurrentUser by) {
		cycles.cycle(cycleId);
		var body = body(bodyId);
		var participant = cycles.participant(cycleId, bodyId)
			.orElseThrow(() -> new BusinessException("bodyId", "assessment.assign.notParticipant", body.name()));
		var person = person(accountId, role);
		if (assignments.existsByCycleIdAndBodyIdAndAccountIdAndRole(cycleId, bodyId, accountId, role)) {
			throw new BusinessException("accountId", "assessment.assign.duplicate." + role, person.name(), body.name());
		}
		var kinds = ConflictRules.between(person, conflicts.targets(List.of(participant)).get(0));
		if (!kinds.isEmpty()) {
			throw new BusinessException("accountId", "assessment.assign.conflict." + kinds.get(0), person.name(),
					body.name());
		}
		assignments.save(new Assignment(cycleId, bodyId, accountId, role, by.accountId(), clock.instant()));
		events.publishEvent(new AssignmentsMade(cycleId, accountId, role, List.of(bodyId), by.accountId()));
	}

	/** Takes a person off a body; asking for an assignment that does not exist is refused. */
	public void unassign(long cycleId, long bodyId, long accountId, AssignmentRole role) {
		cycles.cycle(cycleId);
		var body = body(bodyId);
		if (assignments.deleteByCycleIdAndBodyIdAndAccountIdAndRole(cycleId, bodyId, accountId, role) == 0) {
			throw new BusinessException("accountId", "assessment.unassign.missing", body.name());
		}
	}

	/**
	 * Gives every participant without anyone in the role one person, category by category: the least-loaded person
	 * of that category first (ties by name), never a conflicted one. Bodies are handed out by name, so the result is
	 * the same each time for the same data.
	 */
	public AutoResult assignAll(long cycleId, AssignmentRole role, CurrentUser by) {
		cycles.cycle(cycleId);
		var people = conflicts.people(role);
		var existing = assignments.findByCycleIdAndRole(cycleId, role);
		var covered = existing.stream().map(Assignment::getBodyId).collect(Collectors.toSet());
		var participants = cycles.participants(cycleId);
		var category = participants.stream()
			.collect(Collectors.toMap(p -> p.bodyId(), p -> p.categoryId()));
		var open = conflicts.targets(participants.stream().filter(p -> !covered.contains(p.bodyId())).toList());
		var loads = new HashMap<Long, Map<Long, Integer>>();
		for (var assignment : existing) {
			loads.computeIfAbsent(category.getOrDefault(assignment.getBodyId(), 0L), c -> new HashMap<>())
				.merge(assignment.getAccountId(), 1, Integer::sum);
		}
		var picks = new ArrayList<AutoAssigner.Pick>();
		var left = new ArrayList<String>();
		var byCategory = open.stream()
			.collect(Collectors.groupingBy(ConflictRules.Target::categoryId, TreeMap::new, Collectors.toList()));
		byCategory.forEach((categoryId, bodies) -> AutoAssigner
			.spread(bodies, people, loads.getOrDefault(categoryId, Map.of()), picks)
			.forEach(body -> left.add(body.name())));
		var now = clock.instant();
		assignments.saveAll(picks.stream()
			.map(pick -> new Assignment(cycleId, pick.body().bodyId(), pick.person().accountId(), role, by.accountId(), now))
			.toList());
		picks.stream()
			.collect(Collectors.groupingBy(pick -> pick.person().accountId(), TreeMap::new,
					Collectors.mapping(pick -> pick.body().bodyId(), Collectors.toList())))
			.forEach((accountId, bodyIds) -> events
				.publishEvent(new AssignmentsMade(cycleId, accountId, role, bodyIds, by.accountId())));
		return new AutoResult(picks.size(), left.stream().sorted().toList());
	}

	/** Every conflict between the cycle's participants and the people of either role, by body, then person. */
	@Transactional(readOnly = true)
	public List<ConflictView> conflicts(long cycleId) {
		cycles.cycle(cycleId);
		return conflicts.between(conflicts.people(conflicts.everyone()), conflicts.targets(cycles.participants(cycleId)));
	}

	/** The conflicts of one person with one participant of the cycle; empty when free. */
	@Transactional(readOnly = true)
	public List<ConflictKind> conflict(long cycleId, long bodyId, long accountId) {
		var participant = cycles.participant(cycleId, bodyId);
		var person = conflicts.everyone().stream().filter(p -> p.accountId() == accountId).toList();
		if (participant.isEmpty() || person.isEmpty()) {
			return List.of();
		}
		return ConflictRules.between(conflicts.people(person).get(0), conflicts.targets(List.of(participant.get())).get(0));
	}

	private BodyView body(long bodyId) {
		return directory.bodies(List.of(bodyId)).stream().findFirst().orElseThrow(() -> new NotFoundException("Body " + bodyId));
	}

	private ConflictRules.Person person(long accountId, AssignmentRole role) {
		var holders = directory.peopleWithRole(role.accountRole());
		var found = holders.stream().filter(p -> p.accountId() == accountId).toList();
		if (found.isEmpty()) {
			var name = directory.accountNames(List.of(accountId)).get(accountId);
			if (name == null) {
				throw new NotFoundException("Account " + accountId);
			}
			throw new BusinessException("accountId", "assessment.assign.wrongRole." + role, name);
		}
		return conflicts.people(found).get(0);
	}

	/** The people assigned to a body in a role, in the order they were assigned. */
	@Transactional(readOnly = true)
	public List<AssignmentView> assignmentsOf(long cycleId, long bodyId, AssignmentRole role) {
		return views(assignments.findByCycleIdAndBodyIdAndRoleOrderByAssignedAtAscIdAsc(cycleId, bodyId, role));
	}

	@Transactional(readOnly = true)
	public boolean isAssigned(long cycleId, long bodyId, long accountId, AssignmentRole role) {
		return assignments.existsByCycleIdAndBodyIdAndAccountIdAndRole(cycleId, bodyId, accountId, role);
	}

	/** A person's queue in a cycle: every body it verifies or judges, by body name, then role. */
	@Transactional(readOnly = true)
	public List<AssignmentView> queueOf(long cycleId, long accountId) {
		return views(assignments.findByCycleIdAndAccountId(cycleId, accountId)).stream()
			.sorted(Comparator.comparing(AssignmentView::bodyName).thenComparing(AssignmentView::bodyId)
				.thenComparing(AssignmentView::role))
			.toList();
	}

	private List<AssignmentView> views(List<Assignment> found) {
		var bodies = directory.bodies(found.stream().map(Assignment::getBodyId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(BodyView::id, b -> b));
		var names = directory.accountNames(found.stream().map(Assignment::getAccountId).collect(Collectors.toSet()));
		return found.stream().filter(a -> bodies.containsKey(a.getBodyId())).map(a -> {
			var body = bodies.get(a.getBodyId());
			return new AssignmentView(a.getCycleId(), body.id(), body.code(), body.name(), body.categoryName(),
					a.getAccountId(), names.getOrDefault(a.getAccountId(), ""), a.getRole());
		}).toList();
	}

}
