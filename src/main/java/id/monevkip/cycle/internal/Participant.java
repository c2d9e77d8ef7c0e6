package id.monevkip.cycle.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A body taking part in a cycle, in the category it competes in (usually its own, but a commission may
 * place it elsewhere for one year). Bodies and categories belong to the directory, so only ids are kept.
 */
@Entity
@Table(name = "cycle_participant")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private long bodyId;

	private long categoryId;

	private Instant addedAt;

	public Participant(long cycleId, long bodyId, long categoryId, Instant now) {
		this.cycleId = cycleId;
		this.bodyId = bodyId;
		this.categoryId = categoryId;
		this.addedAt = now;
	}

}
