package id.monevkip.questionnaire.scoring;

import java.time.Instant;
import java.util.List;

import id.monevkip.cycle.TieBreak;
import org.assertj.core.groups.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static id.monevkip.cycle.TieBreak.EARLIER_SUBMISSION;
import static id.monevkip.cycle.TieBreak.PRESENTATION;
import static id.monevkip.cycle.TieBreak.VERIFIED_SAQ;
import static id.monevkip.cycle.TieBreak.VISITATION;
import static id.monevkip.questionnaire.scoring.Policies.bd;
import static org.assertj.core.api.Assertions.assertThat;

class RankingTests {

	static final Instant EARLY = Instant.parse("2025-08-01T01:00:00Z");

	static final Instant LATE = Instant.parse("2025-08-20T01:00:00Z");

	static RankEntry entry(long body, String score, @Nullable String saq, @Nullable String presentation,
			@Nullable String visitation, @Nullable Instant submittedAt) {
		return new RankEntry(body, 1, bd(score), saq == null ? null : bd(saq),
				presentation == null ? null : bd(presentation), visitation == null ? null : bd(visitation), submittedAt);
	}

	static List<Long> bodies(List<Ranked> ranked) {
		return ranked.stream().map(r -> r.entry().bodyId()).toList();
	}

	static List<Integer> ranks(List<Ranked> ranked) {
		return ranked.stream().map(Ranked::rank).toList();
	}

	/** KI Pusat 2024: NTB first, Aceh and Kaltim both 98.31 reported 2nd. */
	static final List<RankEntry> KI_PUSAT_2024 = List.of(entry(4, "95.74", "96", "90", "90", EARLY),
			entry(2, "98.31", "97.5", "90", "92", LATE), entry(1, "98.52", "98", "95", "95", EARLY),
			entry(3, "98.31", "97.5", "92", "92", EARLY));

	@Test
	void equalScoresShareARankWithoutTieBreaks() {
		var ranked = ScoringEngine.rank(Policies.withTieBreaks(), KI_PUSAT_2024);
		assertThat(ranks(ranked)).containsExactly(1, 2, 2, 4);
		assertThat(bodies(ranked)).startsWith(1L).endsWith(4L);
	}

	@Test
	void verifiedSaqThenEarlierSubmissionSeparatesTheTie() {
		var ranked = ScoringEngine.rank(Policies.withTieBreaks(VERIFIED_SAQ, EARLIER_SUBMISSION), KI_PUSAT_2024);
		// equal verified SAQ (97.5), so the earlier submission (body 3) goes first
		assertThat(bodies(ranked)).containsExactly(1L, 3L, 2L, 4L);
		assertThat(ranks(ranked)).containsExactly(1, 2, 3, 4);
	}

	@Test
	void verifiedSaqAloneDecidesWhenItDiffers() {
		var entries = List.of(entry(1, "98.31", "97.2", null, null, EARLY), entry(2, "98.31", "97.9", null, null, LATE));
		var ranked = ScoringEngine.rank(Policies.withTieBreaks(VERIFIED_SAQ, EARLIER_SUBMISSION), entries);
		assertThat(bodies(ranked)).containsExactly(2L, 1L);
		assertThat(ranks(ranked)).containsExactly(1, 2);
	}

	@Test
	void presentationSeparatesTheTie() {
		var ranked = ScoringEngine.rank(Policies.withTieBreaks(PRESENTATION), KI_PUSAT_2024);
		assertThat(bodies(ranked)).containsExactly(1L, 3L, 2L, 4L);
		assertThat(ranks(ranked)).containsExactly(1, 2, 3, 4);
	}

	@Test
	void tiesLeftAfterTheChainStillShare() {
		var ranked = ScoringEngine.rank(Policies.withTieBreaks(VERIFIED_SAQ, VISITATION), KI_PUSAT_2024);
		assertThat(ranks(ranked)).containsExactly(1, 2, 2, 4);
	}

	@Test
	void aBodyWithoutTheStageLosesTheTieBreakOnIt() {
		var entries = List.of(entry(1, "75.00", "75", null, null, EARLY), entry(2, "75.00", "75", null, "60", LATE));
		var ranked = ScoringEngine.rank(Policies.withTieBreaks(VISITATION), entries);
		assertThat(bodies(ranked)).containsExactly(2L, 1L);
		assertThat(ranks(ranked)).containsExactly(1, 2);
	}

	@Test
	void differencesHiddenByRoundingDoNotBreakTies() {
		var entries = List.of(entry(1, "90.00", "91.001", null, null, null),
				entry(2, "90.00", "91.004", null, null, null));
		var ranked = ScoringEngine.rank(Policies.withTieBreaks(VERIFIED_SAQ, EARLIER_SUBMISSION), entries);
		assertThat(ranks(ranked)).containsExactly(1, 1);
	}

	@Test
	void ranksEachCategoryOnItsOwn() {
		var entries = List.of(new RankEntry(1, 10, bd("80"), null, null, null, null),
				new RankEntry(2, 20, bd("95"), null, null, null, null), new RankEntry(3, 10, bd("85"), null, null, null, null),
				new RankEntry(4, 20, bd("90"), null, null, null, null));
		var ranked = ScoringEngine.rank(Policies.withTieBreaks(), entries);
		assertThat(ranked).extracting(r -> r.entry().bodyId(), Ranked::rank)
			.containsExactly(Tuple.tuple(3L, 1), Tuple.tuple(1L, 2),
					Tuple.tuple(2L, 1), Tuple.tuple(4L, 2));
	}

	@Test
	void ranksWithEveryKindOfTieBreak() {
		for (TieBreak tieBreak : TieBreak.values()) {
			assertThat(ScoringEngine.rank(Policies.withTieBreaks(tieBreak), KI_PUSAT_2024)).hasSize(4);
		}
	}

}
