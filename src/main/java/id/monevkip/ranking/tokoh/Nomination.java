package id.monevkip.ranking.tokoh;

import java.time.Instant;

import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * A person nominated for the tokoh award of a cycle, with who nominated them. The commissioners' selection is
 * kept here too: a reason means "selected", with who and when.
 */
@Entity
@Table(name = "tokoh_nomination")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Nomination {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private String name;

	private String position;

	private String institution;

	private String rationale;

	private long nominatedById;

	private String nominatedByName;

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable String selectionReason;

	private @Nullable String selectedByName;

	private @Nullable Instant selectedAt;

	@Version
	private long version;

	Nomination(long cycleId, NominationForm form, CurrentUser by, Instant now) {
		this.cycleId = cycleId;
		this.nominatedById = by.accountId();
		this.nominatedByName = by.displayName();
		this.createdAt = now;
		take(form, now);
	}

	void take(NominationForm form, Instant now) {
		this.name = form.name();
		this.position = form.position();
		this.institution = form.institution();
		this.rationale = form.rationale();
		this.updatedAt = now;
	}

	/** Admins see every nomination; a coordinator only their own; anybody else none through this rule. */
	boolean editableBy(CurrentUser user) {
		return user.has(Role.ADMIN) || (user.has(Role.COORDINATOR) && nominatedById == user.accountId());
	}

	boolean isSelected() {
		return selectionReason != null;
	}

	void select(String reason, String byName, Instant now) {
		this.selectionReason = reason;
		this.selectedByName = byName;
		this.selectedAt = now;
	}

	void unselect() {
		this.selectionReason = null;
		this.selectedByName = null;
		this.selectedAt = null;
	}

}
