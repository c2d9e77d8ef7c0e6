package id.monevkip.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.monevkip.assessment.ConflictKind;
import org.jspecify.annotations.Nullable;

/** Which conflicts of interest keep a person away from a body; pure rules over what the directory and profiles say. */
public final class ConflictRules {

	private ConflictRules() {
	}

	/**
	 * A person who may be assigned: {@code bodyLine} is its own body's line in the PPID tree (ancestors, then the body;
	 * empty without a body), {@code declared} its declared conflicts by body id.
	 */
	public record Person(long accountId, String name, @Nullable Long bodyId, List<Long> bodyLine,
			@Nullable String homeRegency, Map<Long, DeclaredConflict> declared) {
	}

	/** A participant: its line in the PPID tree (ancestors, then itself) and its kabupaten/kota code, if known. */
	public record Target(long bodyId, String name, long categoryId, List<Long> line, @Nullable String regency) {
	}

	/** Every conflict between the person and the body, in the order of {@link ConflictKind}; empty when none. */
	public static List<ConflictKind> between(Person person, Target body) {
		var kinds = new ArrayList<ConflictKind>();
		var own = person.bodyId();
		// The body itself, a body above it (its coordinator's office) or one below it all count as one's own.
		if (own != null && (body.line().contains(own) || person.bodyLine().contains(body.bodyId()))) {
			kinds.add(ConflictKind.OWN_INSTITUTION);
		}
		if (person.homeRegency() != null && person.homeRegency().equals(body.regency())) {
			kinds.add(ConflictKind.OWN_REGION);
		}
		if (person.declared().containsKey(body.bodyId())) {
			kinds.add(ConflictKind.DECLARED);
		}
		return kinds;
	}

}
