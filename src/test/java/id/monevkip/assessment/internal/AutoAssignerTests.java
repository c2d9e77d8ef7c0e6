package id.monevkip.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.monevkip.assessment.ConflictKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure rules: who is in conflict with whom, and how bodies are spread over people. */
class AutoAssignerTests {

	static ConflictRules.Person person(long id, String name) {
		return new ConflictRules.Person(id, name, null, List.of(), null, Map.of());
	}

	static ConflictRules.Target body(long id) {
		return new ConflictRules.Target(id, "Badan " + (1000 + id), 1, List.of(id), "64.02");
	}

	@Test
	void spreadsEvenlyLeastLoadedFirstTiesByName() {
		var people = List.of(person(1, "Citra"), person(2, "Agus"), person(3, "Budi"));
		var bodies = new ArrayList<ConflictRules.Target>();
		for (long i = 1; i <= 7; i++) {
			bodies.add(body(i));
		}
		var picks = new ArrayList<AutoAssigner.Pick>();
		var left = AutoAssigner.spread(bodies, people, Map.of(), picks);

		assertThat(left).isEmpty();
		assertThat(picks).extracting(p -> p.person().name())
			.containsExactly("Agus", "Budi", "Citra", "Agus", "Budi", "Citra", "Agus");
		var again = new ArrayList<AutoAssigner.Pick>();
		AutoAssigner.spread(bodies, people, Map.of(), again);
		assertThat(again).isEqualTo(picks);
	}

	@Test
	void existingLoadsComeFirst() {
		var people = List.of(person(1, "Agus"), person(2, "Budi"));
		var picks = new ArrayList<AutoAssigner.Pick>();
		AutoAssigner.spread(List.of(body(1), body(2), body(3)), people, Map.of(1L, 2), picks);
		assertThat(picks).extracting(p -> p.person().name()).containsExactly("Budi", "Budi", "Agus");
	}

	@Test
	void skipsConflictsAndReportsBodiesNobodyMayTake() {
		var declared = new HashMap<Long, DeclaredConflict>();
		declared.put(1L, new DeclaredConflict(1, 1, "Mantan pegawai", 9, java.time.Instant.EPOCH));
		var agus = new ConflictRules.Person(1, "Agus", null, List.of(), null, declared);
		var budi = new ConflictRules.Person(2, "Budi", null, List.of(), "64.02", Map.of());
		var picks = new ArrayList<AutoAssigner.Pick>();
		var noRegion = new ConflictRules.Target(2, "Badan Dua", 1, List.of(2L), null);
		var left = AutoAssigner.spread(List.of(body(1), noRegion), List.of(agus, budi), Map.of(), picks);

		assertThat(left).extracting(ConflictRules.Target::bodyId).containsExactly(1L);
		assertThat(picks).singleElement().satisfies(p -> {
			assertThat(p.body().bodyId()).isEqualTo(2L);
			assertThat(p.person().name()).isEqualTo("Agus");
		});
	}

	@Test
	void ownInstitutionCoversTheBodyItsAncestorsAndItsDescendants() {
		var target = new ConflictRules.Target(30, "Dinas", 1, List.of(10L, 20L, 30L), null);
		var atParent = new ConflictRules.Person(1, "A", 20L, List.of(10L, 20L), null, Map.of());
		var atChild = new ConflictRules.Person(2, "B", 40L, List.of(10L, 20L, 30L, 40L), null, Map.of());
		var atSibling = new ConflictRules.Person(3, "C", 21L, List.of(10L, 21L), null, Map.of());
		assertThat(ConflictRules.between(atParent, target)).containsExactly(ConflictKind.OWN_INSTITUTION);
		assertThat(ConflictRules.between(atChild, target)).containsExactly(ConflictKind.OWN_INSTITUTION);
		assertThat(ConflictRules.between(atSibling, target)).isEmpty();
	}

}
