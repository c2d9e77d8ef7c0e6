package id.monevkip.ranking.tokoh;

import java.util.List;

/** A cycle's tokoh nominations as one juror of its team sees them in the list. */
record JurorRound(long cycleId, String cycleTitle, boolean nominationsOpen, boolean published, List<Row> rows) {

	record Row(long nominationId, String name, String position, String institution, JurorStatus status) {
	}

}
