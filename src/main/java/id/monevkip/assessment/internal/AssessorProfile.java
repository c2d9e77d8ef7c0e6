package id.monevkip.assessment.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** What an assessor or juror tells about itself that matters for conflicts: the kabupaten/kota it lives in. */
@Entity
@Table(name = "assessor_profile")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AssessorProfile {

	@Id
	private Long accountId;

	private @Nullable String homeRegionCode;

	private Instant updatedAt;

	@Version
	private long version;

	public AssessorProfile(long accountId, Instant now) {
		this.accountId = accountId;
		this.updatedAt = now;
	}

	/** Sets (or clears) the home kabupaten/kota; callers pass a known kabupaten/kota or province code. */
	public void moveTo(@Nullable String regionCode, Instant now) {
		this.homeRegionCode = regionCode;
		this.updatedAt = now;
	}

}
