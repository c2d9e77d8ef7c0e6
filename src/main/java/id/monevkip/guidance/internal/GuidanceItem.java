package id.monevkip.guidance.internal;

import java.time.Instant;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * What every published item has: its cycle and its publisher. No publisher body means the commission published it
 * for every participant; otherwise it is the coordinator's body whose subtree it reaches.
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class GuidanceItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private @Nullable Long publisherBodyId;

	private Instant createdAt;

	private Instant updatedAt;

	private String updatedByName;

	@Version
	private long version;

	protected GuidanceItem(Publisher publisher, String by, Instant now) {
		this.cycleId = publisher.cycle().id();
		this.publisherBodyId = publisher.bodyId();
		this.createdAt = now;
		this.updatedAt = now;
		this.updatedByName = by;
	}

	protected void touched(String by, Instant now) {
		this.updatedAt = now;
		this.updatedByName = by;
	}

	/** Whether this publisher (the commission, or one coordinator's body) owns the item. */
	public boolean ownedBy(@Nullable Long bodyId) {
		return publisherBodyId == null ? bodyId == null : publisherBodyId.equals(bodyId);
	}

}
