package id.monevkip.ranking.awards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the award night: per award category a title slide, then its winners one by one from the last
 * winning rank up to rank 1 (bodies sharing a rank one after the other, by name), then the special awards.
 */
final class Ceremony {

	private Ceremony() {
	}

	static List<Slide> slides(String cycleTitle, List<AwardTable> tables, List<SpecialAwardView> specials) {
		List<Slide> slides = new ArrayList<>();
		slides.add(new Slide(Slide.Kind.OPENING, cycleTitle, null, List.of(), null, 0));
		for (var table : tables) {
			var winners = table.winners();
			slides.add(new Slide(Slide.Kind.AWARD, table.award().name(), null, List.of(), null, winners.size()));
			List<AwardLine> order = new ArrayList<>(winners);
			order.sort(Comparator.comparingInt(AwardLine::rank).reversed().thenComparing(AwardLine::bodyName));
			for (int i = 0; i < order.size(); i++) {
				slides.add(new Slide(Slide.Kind.REVEAL, table.award().name(), order.get(i), List.copyOf(order.subList(0, i)),
						null, winners.size()));
			}
		}
		if (!specials.isEmpty()) {
			slides.add(new Slide(Slide.Kind.SPECIALS, "", null, List.of(), null, specials.size()));
			for (var special : specials) {
				slides.add(new Slide(Slide.Kind.SPECIAL, special.title(), null, List.of(), special, 0));
			}
		}
		slides.add(new Slide(Slide.Kind.CLOSING, cycleTitle, null, List.of(), null, 0));
		return slides;
	}

}
