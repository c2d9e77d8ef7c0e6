package id.monevkip.ranking.tokoh;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** One juror's scores (0–100 by criterion code) for one nomination: a draft until submitted, then locked. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class TokohSheet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private long nominationId;

	private long jurorAccountId;

	private String jurorName;

	private @Nullable Instant submittedAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "tokoh_mark", joinColumns = @JoinColumn(name = "sheet_id"))
	@MapKeyColumn(name = "criterion_code")
	@Column(name = "score")
	private Map<String, Integer> marks = new HashMap<>();

	TokohSheet(long cycleId, long nominationId, long jurorAccountId, String jurorName, Instant now) {
		this.cycleId = cycleId;
		this.nominationId = nominationId;
		this.jurorAccountId = jurorAccountId;
		this.jurorName = jurorName;
		this.updatedAt = now;
	}

	boolean isSubmitted() {
		return submittedAt != null;
	}

	/** Replaces the draft's scores; blank criteria stay unscored. */
	void mark(Map<String, Integer> scores, Instant now) {
		if (isSubmitted()) {
			throw new IllegalStateException("Tokoh sheet " + id + " is submitted");
		}
		marks.clear();
		marks.putAll(scores);
		this.updatedAt = now;
	}

	void submit(Instant now) {
		if (isSubmitted()) {
			throw new IllegalStateException("Tokoh sheet " + id + " is submitted");
		}
		this.submittedAt = now;
		this.updatedAt = now;
	}

}
