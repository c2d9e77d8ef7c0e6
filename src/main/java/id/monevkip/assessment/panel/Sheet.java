package id.monevkip.assessment.panel;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * One judge's scores for one body in one stage, by criterion id. A draft until submitted; then it is final and
 * becomes visible to the other judges of the body.
 */
@Entity
@Table(name = "panel_sheet")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Sheet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private long bodyId;

	@Enumerated(EnumType.STRING)
	private PanelStage stage;

	private long judgeAccountId;

	private String judgeName;

	private @Nullable String note;

	private @Nullable Instant submittedAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "panel_mark", joinColumns = @JoinColumn(name = "sheet_id"))
	@MapKeyColumn(name = "criterion_id")
	@Column(name = "score")
	private Map<Long, Integer> marks = new HashMap<>();

	Sheet(long cycleId, long bodyId, PanelStage stage, long judgeAccountId, String judgeName, Instant now) {
		this.cycleId = cycleId;
		this.bodyId = bodyId;
		this.stage = stage;
		this.judgeAccountId = judgeAccountId;
		this.judgeName = judgeName;
		this.updatedAt = now;
	}

	public boolean isSubmitted() {
		return submittedAt != null;
	}

	/** Replaces the scores given; scores of other criteria stay. */
	void mark(Map<Long, Integer> scores, @Nullable String note, Instant now) {
		if (isSubmitted()) {
			throw new IllegalStateException("Sheet " + id + " is submitted");
		}
		marks.putAll(scores);
		this.note = note;
		this.updatedAt = now;
	}

	void submit(Instant now) {
		if (isSubmitted()) {
			throw new IllegalStateException("Sheet " + id + " is submitted");
		}
		this.submittedAt = now;
		this.updatedAt = now;
	}

}
