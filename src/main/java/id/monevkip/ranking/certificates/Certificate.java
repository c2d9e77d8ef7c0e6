package id.monevkip.ranking.certificates;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A certificate as printed for one body and one decree version: the figures are copied, so that the verification
 * page shows what the paper says even after a correction changed the results.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Certificate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private long cycleId;

	private long bodyId;

	private long decreeId;

	private int decreeVersion;

	private String decreeNumber;

	private LocalDate decreeDate;

	private int year;

	private String bodyName;

	private String categoryName;

	private String band;

	private BigDecimal finalScore;

	private int rank;

	private Instant issuedAt;

	Certificate(String code, long cycleId, long bodyId, long decreeId, int decreeVersion, String decreeNumber,
			LocalDate decreeDate, int year, String bodyName, String categoryName, String band, BigDecimal finalScore,
			int rank, Instant issuedAt) {
		this.code = code;
		this.cycleId = cycleId;
		this.bodyId = bodyId;
		this.decreeId = decreeId;
		this.decreeVersion = decreeVersion;
		this.decreeNumber = decreeNumber;
		this.decreeDate = decreeDate;
		this.year = year;
		this.bodyName = bodyName;
		this.categoryName = categoryName;
		this.band = band;
		this.finalScore = finalScore;
		this.rank = rank;
		this.issuedAt = issuedAt;
	}

}
