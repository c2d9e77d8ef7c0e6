package id.monevkip.ranking.tokoh;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A juror's declared conflict of interest with one nomination: from then on the juror cannot score it. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class TokohConflict {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long nominationId;

	private long jurorAccountId;

	private String reason;

	private Instant declaredAt;

	TokohConflict(long nominationId, long jurorAccountId, String reason, Instant now) {
		this.nominationId = nominationId;
		this.jurorAccountId = jurorAccountId;
		this.reason = reason;
		this.declaredAt = now;
	}

}
