package id.monevkip.cycle;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** When one stage of a cycle opens and closes (stored as instants, entered and shown in WITA). */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class StageWindow {

	@Enumerated(EnumType.STRING)
	@Column(name = "stage")
	private Stage stage;

	private Instant opensAt;

	private Instant closesAt;

	public StageWindow(Stage stage, Instant opensAt, Instant closesAt) {
		this.stage = stage;
		this.opensAt = opensAt;
		this.closesAt = closesAt;
	}

	/** Open from its opening instant (inclusive) until its closing instant (exclusive). */
	public boolean isOpenAt(Instant now) {
		return !now.isBefore(opensAt) && now.isBefore(closesAt);
	}

	StageWindow shiftedByYears(int years) {
		return new StageWindow(stage, opensAt.atZone(id.monevkip.shared.Wita.ZONE).plusYears(years).toInstant(),
				closesAt.atZone(id.monevkip.shared.Wita.ZONE).plusYears(years).toInstant());
	}

}
