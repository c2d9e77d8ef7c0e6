package id.monevkip.ranking.tokoh;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A JUROR account on the special team of a cycle's tokoh award. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class TokohJuror {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private long accountId;

	private String name;

	private Instant addedAt;

	TokohJuror(long cycleId, long accountId, String name, Instant now) {
		this.cycleId = cycleId;
		this.accountId = accountId;
		this.name = name;
		this.addedAt = now;
	}

}
