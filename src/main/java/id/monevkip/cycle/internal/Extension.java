package id.monevkip.cycle.internal;

import java.time.Instant;

import id.monevkip.cycle.Stage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * A later closing time for one stage, granted either to a whole category or to one body. Never changed
 * or deleted: the list of grants is the history the commission answers for.
 */
@Entity
@Table(name = "cycle_extension")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Extension {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	private @Nullable Long categoryId;

	private @Nullable Long bodyId;

	private Instant closesAt;

	private String reason;

	private long grantedByAccountId;

	/** The grantor's name when granting, so that the history still reads right after a rename. */
	private String grantedByName;

	private Instant grantedAt;

	public Extension(long cycleId, Stage stage, Target target, Instant closesAt, String reason, long grantedByAccountId,
			String grantedByName, Instant now) {
		this.cycleId = cycleId;
		this.stage = stage;
		this.categoryId = target.categoryId();
		this.bodyId = target.bodyId();
		this.closesAt = closesAt;
		this.reason = reason;
		this.grantedByAccountId = grantedByAccountId;
		this.grantedByName = grantedByName;
		this.grantedAt = now;
	}

	/** Exactly one of the two is set. */
	public record Target(@Nullable Long categoryId, @Nullable Long bodyId) {

		public Target {
			if ((categoryId == null) == (bodyId == null)) {
				throw new IllegalArgumentException("An extension is for a category or for a body");
			}
		}

	}

	/** Whether it applies to this body competing in this category. */
	public boolean appliesTo(long body, long category) {
		return bodyId != null ? bodyId == body : categoryId != null && categoryId == category;
	}

}
