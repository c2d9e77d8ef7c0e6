package id.monevkip.ranking.awards;

import java.time.Instant;

/** A special award (penghargaan khusus) given to a participant with the commissioners' citation. */
public record SpecialAwardView(long id, long cycleId, String title, long bodyId, String bodyName, String citation,
		String chosenByName, Instant chosenAt) {
}
