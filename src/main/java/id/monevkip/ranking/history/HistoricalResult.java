package id.monevkip.ranking.history;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A body's final result of one year run elsewhere; importing the same year and body again replaces it. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class HistoricalResult {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int year;

	private long bodyId;

	private long categoryId;

	private BigDecimal finalScore;

	private String band;

	private boolean bandDerived;

	private String sourceName;

	private String importedByName;

	private Instant importedAt;

	HistoricalResult(int year, long bodyId) {
		this.year = year;
		this.bodyId = bodyId;
	}

	void take(HistoryLine line, String sourceName, String importedBy, Instant now) {
		this.categoryId = line.categoryId();
		this.finalScore = line.finalScore();
		this.band = line.band();
		this.bandDerived = line.bandDerived();
		this.sourceName = sourceName;
		this.importedByName = importedBy;
		this.importedAt = now;
	}

}
