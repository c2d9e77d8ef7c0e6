package id.monevkip.ranking.awards;

import java.util.List;

/** The ranking of one award category from the decree in force (empty before a decree). */
public record AwardTable(AwardCategoryView award, List<AwardLine> lines) {

	/** Ranks within the winners count; a tie at the last winning rank makes every body of that tie a winner. */
	public List<AwardLine> winners() {
		return lines.stream().filter(AwardLine::winner).toList();
	}

}
