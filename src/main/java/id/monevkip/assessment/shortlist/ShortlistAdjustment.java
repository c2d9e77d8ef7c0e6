package id.monevkip.assessment.shortlist;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** One commissioner's decision on the shortlist, kept for the record even after it is withdrawn. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ShortlistAdjustment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private long bodyId;

	private boolean included;

	private String reason;

	private @Nullable Long adjustedByAccountId;

	private String adjustedByName;

	private Instant adjustedAt;

	ShortlistAdjustment(long cycleId, long bodyId, boolean included, String reason, @Nullable Long accountId,
			String name, Instant now) {
		this.cycleId = cycleId;
		this.bodyId = bodyId;
		this.included = included;
		this.reason = reason;
		this.adjustedByAccountId = accountId;
		this.adjustedByName = name;
		this.adjustedAt = now;
	}

}
