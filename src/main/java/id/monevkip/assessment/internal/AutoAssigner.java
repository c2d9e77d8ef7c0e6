package id.monevkip.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spreads the bodies of one category over the people: each body goes to the person with the fewest bodies of that
 * category so far (ties by name, then id), skipping people in conflict with it. Pure and deterministic: the same
 * bodies, people and loads always give the same assignment.
 */
final class AutoAssigner {

	private AutoAssigner() {
	}

	/** A body and the person it goes to. */
	record Pick(ConflictRules.Target body, ConflictRules.Person person) {
	}

	/**
	 * @param bodies the category's bodies still without anyone in the role, in the order to hand them out
	 * @param people the people who may be picked
	 * @param loads bodies of this category each person already has in the role, by account id
	 * @param picks receives a pick per body that someone can take
	 * @return the bodies nobody can take (everyone conflicted)
	 */
	static List<ConflictRules.Target> spread(List<ConflictRules.Target> bodies, List<ConflictRules.Person> people,
			Map<Long, Integer> loads, List<Pick> picks) {
		var load = new HashMap<>(loads);
		var order = Comparator.<ConflictRules.Person>comparingInt(p -> load.getOrDefault(p.accountId(), 0))
			.thenComparing(ConflictRules.Person::name)
			.thenComparingLong(ConflictRules.Person::accountId);
		var left = new ArrayList<ConflictRules.Target>();
		for (var body : bodies) {
			Optional<ConflictRules.Person> chosen = people.stream()
				.filter(person -> ConflictRules.between(person, body).isEmpty())
				.min(order);
			if (chosen.isEmpty()) {
				left.add(body);
				continue;
			}
			picks.add(new Pick(body, chosen.get()));
			load.merge(chosen.get().accountId(), 1, Integer::sum);
		}
		return left;
	}

}
