package id.monevkip.assessment.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.monevkip.assessment.AssignmentRole;
import id.monevkip.assessment.ConflictKind;
import id.monevkip.assessment.ConflictView;
import id.monevkip.cycle.ParticipantView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.directory.PersonView;
import id.monevkip.directory.RegionLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Loads what the conflict rules need in a fixed number of queries, whatever the number of people and bodies: the
 * people of a role with their bodies' lines, profiles and declarations; the bodies with their lines and regions.
 */
@Component
@RequiredArgsConstructor
class Conflicts {

	private final DirectoryManagement directory;

	private final AssessorProfileRepository profiles;

	private final DeclaredConflictRepository declared;

	/** The active people holding the account role of this assignment role, by name. */
	List<ConflictRules.Person> people(AssignmentRole role) {
		return people(directory.peopleWithRole(role.accountRole()));
	}

	List<ConflictRules.Person> people(List<PersonView> people) {
		var ids = people.stream().map(PersonView::accountId).toList();
		var lines = directory.lines(people.stream().map(PersonView::bodyId).filter(id -> id != null).toList());
		var regions = profiles.findByAccountIdIn(ids)
			.stream()
			.filter(p -> p.getHomeRegionCode() != null)
			.collect(Collectors.toMap(AssessorProfile::getAccountId, p -> RegionLevel.regencyCodeOf(p.getHomeRegionCode())));
		var declarations = new HashMap<Long, Map<Long, DeclaredConflict>>();
		for (var conflict : declared.findByAccountIdIn(ids)) {
			declarations.computeIfAbsent(conflict.getAccountId(), id -> new HashMap<>()).put(conflict.getBodyId(), conflict);
		}
		return people.stream()
			.map(p -> new ConflictRules.Person(p.accountId(), p.displayName(), p.bodyId(),
					p.bodyId() == null ? List.of() : lines.getOrDefault(p.bodyId(), List.of()), regions.get(p.accountId()),
					declarations.getOrDefault(p.accountId(), Map.of())))
			.toList();
	}

	/** The participants as the rules see them, by body name. */
	List<ConflictRules.Target> targets(Collection<ParticipantView> participants) {
		var categories = participants.stream().collect(Collectors.toMap(ParticipantView::bodyId, ParticipantView::categoryId));
		var lines = directory.lines(categories.keySet());
		return directory.bodies(categories.keySet())
			.stream()
			.map(b -> new ConflictRules.Target(b.id(), b.name(), categories.get(b.id()), lines.getOrDefault(b.id(), List.of(b.id())),
					b.regionCode() == null ? null : RegionLevel.regencyCodeOf(b.regionCode())))
			.toList();
	}

	/** Every conflict between these people and these bodies, by body, then person. */
	List<ConflictView> between(List<ConflictRules.Person> people, List<ConflictRules.Target> bodies) {
		var found = new ArrayList<ConflictView>();
		for (var body : bodies) {
			for (var person : people) {
				for (var kind : ConflictRules.between(person, body)) {
					var declaration = kind == ConflictKind.DECLARED ? person.declared().get(body.bodyId()) : null;
					found.add(new ConflictView(person.accountId(), person.name(), body.bodyId(), body.name(), kind,
							declaration == null ? null : declaration.getReason(),
							declaration == null ? null : declaration.getId()));
				}
			}
		}
		return found;
	}

	/** The people holding either assessment role, each once, by name. */
	List<PersonView> everyone() {
		var byId = new LinkedHashMap<Long, PersonView>();
		for (var role : AssignmentRole.values()) {
			directory.peopleWithRole(role.accountRole()).forEach(p -> byId.putIfAbsent(p.accountId(), p));
		}
		return byId.values().stream().sorted(Comparator.comparing(PersonView::displayName)
			.thenComparing(PersonView::accountId)).toList();
	}

}
