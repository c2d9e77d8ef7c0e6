package id.monevkip.evidence.link;

import java.time.Instant;

import id.monevkip.evidence.LinkCheckTrigger;
import id.monevkip.evidence.LinkCheckView;
import id.monevkip.evidence.LinkStatus;
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

/** One check of a link, kept for good: the history an assessor reads. Never changed after it is written. */
@Entity
@Table(name = "evidence_link_check")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LinkCheckRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long linkId;

	private long bodyId;

	private String url;

	@Enumerated(EnumType.STRING)
	private LinkStatus status;

	private @Nullable Integer httpStatus;

	private @Nullable String finalUrl;

	private Instant checkedAt;

	/** Why it was checked. */
	@Enumerated(EnumType.STRING)
	private LinkCheckTrigger reason;

	public LinkCheckRecord(EvidenceLink link, LinkCheck check, LinkCheckTrigger trigger) {
		this.linkId = link.getId();
		this.bodyId = link.getBodyId();
		this.url = link.getUrl();
		this.status = check.status();
		this.httpStatus = check.httpStatus();
		this.finalUrl = link.getLastFinalUrl();
		this.checkedAt = check.checkedAt();
		this.reason = trigger;
	}

	public LinkCheckView toView() {
		return new LinkCheckView(linkId, status, httpStatus, checkedAt, reason);
	}

}
