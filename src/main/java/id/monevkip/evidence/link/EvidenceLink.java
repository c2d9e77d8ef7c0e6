package id.monevkip.evidence.link;

import java.time.Instant;

import id.monevkip.evidence.LinkStatus;
import id.monevkip.evidence.LinkView;
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

/** One URL a body offers as evidence, with the outcome of its last check. */
@Entity
@Table(name = "evidence_link")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class EvidenceLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long bodyId;

	private String url;

	private String title;

	@Enumerated(EnumType.STRING)
	private @Nullable LinkStatus lastStatus;

	private @Nullable Integer lastHttpStatus;

	private @Nullable String lastFinalUrl;

	private @Nullable Instant lastCheckedAt;

	private long createdByAccountId;

	private Instant createdAt;

	public EvidenceLink(long bodyId, String url, String title, long createdByAccountId, Instant now) {
		this.bodyId = bodyId;
		this.url = url;
		this.title = title;
		this.createdByAccountId = createdByAccountId;
		this.createdAt = now;
	}

	public void record(LinkCheck check) {
		this.lastStatus = check.status();
		this.lastHttpStatus = check.httpStatus();
		this.lastFinalUrl = check.finalUrl().length() > 2000 ? check.finalUrl().substring(0, 2000) : check.finalUrl();
		this.lastCheckedAt = check.checkedAt();
	}

	public LinkView toView() {
		return new LinkView(id, bodyId, url, title, lastStatus, lastHttpStatus, lastFinalUrl, lastCheckedAt);
	}

}
