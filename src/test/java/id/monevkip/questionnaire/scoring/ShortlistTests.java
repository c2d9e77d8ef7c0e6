package id.monevkip.questionnaire.scoring;

import java.util.List;
import java.util.stream.Stream;

import id.monevkip.cycle.ShortlistRule;
import id.monevkip.cycle.ShortlistRule.Combination;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static id.monevkip.questionnaire.scoring.Policies.bd;
import static org.assertj.core.api.Assertions.assertThat;

class ShortlistTests {

	static final long PEMKAB = 1;

	static final long BUMD = 2;

	/** Bodies 1–5 in one category (two tied at 85, body 5 shown as 70.00), bodies 6–7 in another. */
	static final List<ShortlistCandidate> CANDIDATES = List.of(candidate(1, PEMKAB, "91"), candidate(2, PEMKAB, "85"),
			candidate(3, PEMKAB, "85"), candidate(4, PEMKAB, "70"), candidate(5, PEMKAB, "69.996"),
			candidate(6, BUMD, "60"), candidate(7, BUMD, "75"));

	static ShortlistCandidate candidate(long body, long category, String verifiedSaq) {
		return new ShortlistCandidate(body, category, bd(verifiedSaq));
	}

	static Stream<Arguments> rules() {
		return Stream.of(Arguments.of("everybody", null, null, Combination.ANY, List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L)),
				// 69.996 is announced as 70.00 and so meets the minimum
				Arguments.of("minimum 70", "70", null, Combination.ANY, List.of(1L, 2L, 3L, 4L, 5L, 7L)),
				Arguments.of("top 1 per category", null, 1, Combination.ANY, List.of(1L, 7L)),
				// bodies 2 and 3 share the 2nd place: both go through
				Arguments.of("top 2 per category, tie at the 2nd place", null, 2, Combination.ANY,
						List.of(1L, 2L, 3L, 6L, 7L)),
				Arguments.of("top 3 per category", null, 3, Combination.ANY, List.of(1L, 2L, 3L, 6L, 7L)),
				Arguments.of("minimum 80 or top 1", "80", 1, Combination.ANY, List.of(1L, 2L, 3L, 7L)),
				Arguments.of("minimum 80 and top 1", "80", 1, Combination.ALL, List.of(1L)),
				Arguments.of("minimum 80 and top 2", "80", 2, Combination.ALL, List.of(1L, 2L, 3L)),
				Arguments.of("minimum 95 and top 2", "95", 2, Combination.ALL, List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void rules(String name, @Nullable String minimum, @Nullable Integer top, Combination combination,
			List<Long> expected) {
		var rule = new ShortlistRule(minimum == null ? null : bd(minimum), top, combination);
		assertThat(ScoringEngine.shortlist(Policies.withShortlist(rule), CANDIDATES))
			.containsExactlyInAnyOrderElementsOf(expected);
	}

}
