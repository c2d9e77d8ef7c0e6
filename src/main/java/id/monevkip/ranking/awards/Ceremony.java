package id.monevkip.ranking.awards;

import id.monevkip.ranking.tokoh.TokohAwards.SelectedTokoh;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the award night: per award category a title slide, then its winners one by one from the last
 * winning rank up to rank 1 (bodies sharing a rank one after the other, by name), then the special awards, then the
 * tokoh the commissioners selected.
 */
final class Ceremony {

	private Ceremony() {
	}

	static List<Slide> slides(String cycleTitle, List<AwardTable> tables, List<SpecialAwardView> specials,
			List<SelectedTokoh> tokoh) {
		List<Slide> slides = new ArrayList<>();
		slides.add(new Slide(Slide.Kind.OPENING, cycleTitle, null, List.of(), null, null, 0));
		for (var table : tables) {
			var winners = table.winners();
			slides.add(new Slide(Slide.Kind.AWARD, table.award().name(), null, List.of(), null, null, winners.size()));
			List<AwardLine> order = new ArrayList<>(winners);
			order.sort(Comparator.comparingInt(AwardLine::rank).reversed().thenComparing(AwardLine::bodyName));
			for (int i = 0; i < order.size(); i++) {
				slides.add(new Slide(Slide.Kind.REVEAL, table.award().name(), order.get(i), List.copyOf(order.subList(0, i)),
						null, null, winners.size()));
			}
		}
		if (!specials.isEmpty()) {
			slides.add(new Slide(Slide.Kind.SPECIALS, "", null, List.of(), null, null, specials.size()));
			for (var special : specials) {
				slides.add(new Slide(Slide.Kind.SPECIAL, special.title(), null, List.of(), special, null, 0));
			}
		}
		if (!tokoh.isEmpty()) {
			slides.add(new Slide(Slide.Kind.TOKOH_TITLE, "", null, List.of(), null, null, tokoh.size()));
			for (var person : tokoh) {
				slides.add(new Slide(Slide.Kind.TOKOH, person.name(), null, List.of(), null, person, 0));
			}
		}
		slides.add(new Slide(Slide.Kind.CLOSING, cycleTitle, null, List.of(), null, null, 0));
		return slides;
	}

}
