package id.monevkip.cycle;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/** How a {@link Band} is stored with its cycle. */
@Embeddable
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class BandRow {

	private String code;

	@Column(name = "lower_bound")
	private BigDecimal lower;

	@Column(name = "upper_bound")
	private BigDecimal upper;

	static BandRow of(Band band) {
		var row = new BandRow();
		row.code = band.code();
		row.lower = band.lower();
		row.upper = band.upper();
		return row;
	}

	Band toBand() {
		return new Band(code, lower, upper);
	}

}
