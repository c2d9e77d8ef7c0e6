package id.monevkip.ranking.awards;

import id.monevkip.ranking.tokoh.TokohAwards.SelectedTokoh;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One step of the ceremony: the opening, an award category's title, the reveal of its next winner (with those
 * revealed before), the special awards' title, one special award, the tokoh award's title, one tokoh, the close.
 */
public record Slide(Kind kind, String heading, @Nullable AwardLine winner, List<AwardLine> earlier,
		@Nullable SpecialAwardView special, @Nullable SelectedTokoh tokoh, int winners) {

	public enum Kind {
		OPENING, AWARD, REVEAL, SPECIALS, SPECIAL, TOKOH_TITLE, TOKOH, CLOSING
	}

}
