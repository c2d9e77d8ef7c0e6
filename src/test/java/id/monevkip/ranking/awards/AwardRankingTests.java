package id.monevkip.ranking.awards;

import java.math.BigDecimal;
import java.util.List;

import id.monevkip.cycle.TieBreak;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Ranking of an award category: shared ranks, the tie-break chain and the nomination rule per regency. */
class AwardRankingTests {

	@Test
	void equalFinalScoresShareARankAndTheNextRankSkips() {
		var ranked = AwardRanking.rank(List.of(body(1, "80"), body(2, "90"), body(3, "85.5"), body(4, "85.50")),
				List.of(), null);

		assertThat(ranked).extracting(r -> r.candidate().bodyId(), Ranked::rank)
			.containsExactly(tuple(2L, 1), tuple(3L, 2), tuple(4L, 2), tuple(1L, 4));
	}

	@Test
	void theTieBreakChainOrdersEqualScoresLinkByLink() {
		var a = new Candidate(1, null, dec("88"), dec("70"), null, dec("95"));
		var b = new Candidate(2, null, dec("88"), dec("75"), null, dec("90"));
		var c = new Candidate(3, null, dec("88"), dec("75"), null, dec("92"));
		var top = new Candidate(4, null, dec("91"), dec("10"), null, dec("10"));

		var ranked = AwardRanking.rank(List.of(a, b, c, top), List.of(TieBreak.VERIFIED_SAQ, TieBreak.VISITATION), null);

		assertThat(ranked).extracting(r -> r.candidate().bodyId(), Ranked::rank)
			.containsExactly(tuple(4L, 1), tuple(3L, 2), tuple(2L, 3), tuple(1L, 4));
	}

	@Test
	void bodiesStillEqualAfterTheWholeChainShareARank() {
		var a = new Candidate(1, null, dec("88"), dec("75"), dec("80"), null);
		var b = new Candidate(2, null, dec("88"), dec("75"), dec("80"), null);
		var c = new Candidate(3, null, dec("70"), dec("99"), dec("99"), null);

		var ranked = AwardRanking.rank(List.of(c, b, a),
				List.of(TieBreak.VERIFIED_SAQ, TieBreak.PRESENTATION, TieBreak.VISITATION), null);

		assertThat(ranked).extracting(r -> r.candidate().bodyId(), Ranked::rank)
			.containsExactly(tuple(1L, 1), tuple(2L, 1), tuple(3L, 3));
	}

	@Test
	void earlierSubmissionIsNotKnownFromTheDecreeAndBreaksNoTie() {
		var ranked = AwardRanking.rank(List.of(body(1, "88"), body(2, "88")), List.of(TieBreak.EARLIER_SUBMISSION), null);

		assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 1);
	}

	@Test
	void aMissingStageScoreLosesTheTieBreak() {
		var without = new Candidate(1, null, dec("88"), null, null, null);
		var with = new Candidate(2, null, dec("88"), dec("10"), null, null);

		var ranked = AwardRanking.rank(List.of(without, with), List.of(TieBreak.VERIFIED_SAQ), null);

		assertThat(ranked).extracting(r -> r.candidate().bodyId(), Ranked::rank).containsExactly(tuple(2L, 1), tuple(1L, 2));
	}

	@Test
	void topKPerRegencyNominatesOnlyTheKBestOfEachRegencyThenRanksThemTogether() {
		var kukar = List.of(body(1, "64.02", "95"), body(2, "64.02", "94"), body(3, "64.02", "93"), body(4, "64.02", "92"),
				body(5, "64.02", "91"));
		var kutim = List.of(body(6, "64.08", "60"), body(7, "64.08", "50"));
		var all = new java.util.ArrayList<Candidate>(kukar);
		all.addAll(kutim);

		var ranked = AwardRanking.rank(all, List.of(), 3);

		assertThat(ranked).extracting(r -> r.candidate().bodyId(), Ranked::rank)
			.containsExactly(tuple(1L, 1), tuple(2L, 2), tuple(3L, 3), tuple(6L, 4), tuple(7L, 5));
	}

	@Test
	void aTieAtPlaceKOfARegencyNominatesEveryBodyOfTheTieAndBodiesWithoutRegencyFormOneGroup() {
		var ranked = AwardRanking.rank(List.of(body(1, "64.02", "90"), body(2, "64.02", "80"), body(3, "64.02", "80"),
				body(4, "64.02", "70"), body(5, null, "99"), body(6, null, "98"), body(7, null, "10")), List.of(), 2);

		assertThat(ranked).extracting(r -> r.candidate().bodyId(), Ranked::rank)
			.containsExactly(tuple(5L, 1), tuple(6L, 2), tuple(1L, 3), tuple(2L, 4), tuple(3L, 4));
	}

	@Test
	void theRegencyOfARegionIsItsFirstTwoCodeParts() {
		assertThat(Candidate.regencyOf("64.02.06")).isEqualTo("64.02");
		assertThat(Candidate.regencyOf("64.02.08.2009")).isEqualTo("64.02");
		assertThat(Candidate.regencyOf("64.71")).isEqualTo("64.71");
		assertThat(Candidate.regencyOf("64")).isNull();
		assertThat(Candidate.regencyOf(null)).isNull();
	}

	@Test
	void theCeremonyRevealsEachCategorysWinnersFromTheLastWinningRankUpToFirstThenTheSpecialAwardsThenTheTokoh() {
		var award = new AwardCategoryView(1, 1, "PD Kab/Kota", 2, null, 0, List.of(3L));
		var table = new AwardTable(award, List.of(line(1, "Alpha", true), line(2, "Beta", true), line(2, "Gamma", true),
				line(4, "Delta", false)));
		var special = new SpecialAwardView(9, 1, "Inovasi", 5, "Epsilon", "Atas inovasi.", "Komisioner",
				java.time.Instant.EPOCH);

		var tokoh = new id.monevkip.ranking.tokoh.TokohAwards.SelectedTokoh("Zeta", "Bupati", "Pemkab", "Teladan.");

		var slides = Ceremony.slides("Monev 2025", List.of(table), List.of(special), List.of(tokoh));

		assertThat(slides).extracting(Slide::kind)
			.containsExactly(Slide.Kind.OPENING, Slide.Kind.AWARD, Slide.Kind.REVEAL, Slide.Kind.REVEAL, Slide.Kind.REVEAL,
					Slide.Kind.SPECIALS, Slide.Kind.SPECIAL, Slide.Kind.TOKOH_TITLE, Slide.Kind.TOKOH, Slide.Kind.CLOSING);
		assertThat(slides.subList(2, 5)).extracting(s -> s.winner().bodyName()).containsExactly("Beta", "Gamma", "Alpha");
		assertThat(slides.get(4).earlier()).extracting(AwardLine::bodyName).containsExactly("Beta", "Gamma");
		assertThat(slides.get(8).tokoh()).isEqualTo(tokoh);
	}

	private static AwardLine line(int rank, String name, boolean winner) {
		return new AwardLine(rank, rank, "K" + rank, name, "PD Kab/Kota", null, null, dec("90"), "INFORMATIF", winner);
	}

	private static Candidate body(long id, String score) {
		return body(id, null, score);
	}

	private static Candidate body(long id, @Nullable String regency, String score) {
		return new Candidate(id, regency, dec(score), null, null, null);
	}

	private static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

}
