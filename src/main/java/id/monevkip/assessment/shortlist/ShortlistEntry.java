package id.monevkip.assessment.shortlist;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * A participant's place on the shortlist: what the policy said at the last draw and whether it goes on. A
 * commissioner's adjustment overrides the policy and survives later draws until it is withdrawn. Draws write
 * these rows in batches (see {@link Shortlists#draw}); decisions on one body go through this entity.
 */
@Entity
@IdClass(ShortlistEntry.Key.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ShortlistEntry {

	@Id
	private long cycleId;

	@Id
	private long bodyId;

	private long categoryId;

	private @Nullable BigDecimal verifiedSaq;

	private boolean byPolicy;

	private boolean included;

	private @Nullable String adjustmentReason;

	private @Nullable String adjustedByName;

	private @Nullable Instant adjustedAt;

	private Instant drawnAt;

	@Version
	private long version;

	void adjust(boolean include, String reason, String by, Instant now) {
		this.included = include;
		this.adjustmentReason = reason;
		this.adjustedByName = by;
		this.adjustedAt = now;
	}

	/** Back to what the policy says. */
	void followPolicy() {
		this.included = byPolicy;
		this.adjustmentReason = null;
		this.adjustedByName = null;
		this.adjustedAt = null;
	}

	public boolean isAdjusted() {
		return adjustmentReason != null;
	}

	/** Composite key (cycle, body). */
	public record Key(long cycleId, long bodyId) implements Serializable {
	}

}
