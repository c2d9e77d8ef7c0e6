package id.monevkip.ranking.tokoh;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * The tokoh award of one cycle. Nominations are open until the admin closes them; from then on the set of
 * nominations and the rubric are fixed, so every juror scores the same thing, and scoring starts.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class TokohRound {

	@Id
	private Long cycleId;

	private int divergenceThreshold = 15;

	private @Nullable Instant nominationsClosedAt;

	private @Nullable String closedByName;

	@Version
	private long version;

	TokohRound(long cycleId) {
		this.cycleId = cycleId;
	}

	boolean nominationsOpen() {
		return nominationsClosedAt == null;
	}

	void close(String byName, Instant now) {
		if (!nominationsOpen()) {
			return;
		}
		this.nominationsClosedAt = now;
		this.closedByName = byName;
	}

}
