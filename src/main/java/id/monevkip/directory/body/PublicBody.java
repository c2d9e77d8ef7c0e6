package id.monevkip.directory.body;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.PpidType;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * A public body (badan publik) in the PPID tree: PPID Utama at the top, PPID Pelaksana of its OPDs below,
 * village PPIDs at the leaves. {@code path} lists the ids from the root ("/1/5/23/") so that subtree
 * checks are a prefix comparison.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PublicBody {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private BodyCategory category;

	@ManyToOne(fetch = FetchType.LAZY)
	private @Nullable Region region;

	@ManyToOne(fetch = FetchType.LAZY)
	private @Nullable PublicBody parent;

	private String path = "/";

	@Enumerated(EnumType.STRING)
	private PpidType ppidType;

	private @Nullable String website;

	private @Nullable String email;

	private @Nullable String phone;

	private @Nullable String address;

	private boolean active = true;

	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	public PublicBody(String code, Details details, Instant now) {
		this.code = code;
		this.createdAt = now;
		apply(details, now);
	}

	/** The editable description of a body; the parent is set with {@link #placeUnder}. */
	public record Details(String name, BodyCategory category, @Nullable Region region, PpidType ppidType,
			@Nullable String website, @Nullable String email, @Nullable String phone, @Nullable String address) {
	}

	public void apply(Details details, Instant now) {
		this.name = details.name();
		this.category = details.category();
		this.region = details.region();
		this.ppidType = details.ppidType();
		this.website = details.website();
		this.email = details.email();
		this.phone = details.phone();
		this.address = details.address();
		this.updatedAt = now;
	}

	/**
	 * Moves this body under another one (or to the top). Needs an id, so call it after the first save.
	 * @return the previous path, for re-rooting the descendants
	 * @throws IllegalArgumentException if the new parent lies inside this body's own subtree
	 */
	public String placeUnder(@Nullable PublicBody newParent) {
		if (newParent != null && newParent.ownPath().startsWith(ownPath())) {
			throw new IllegalArgumentException("A body cannot be placed under itself or its descendants");
		}
		String previous = ownPath();
		this.parent = newParent;
		this.path = (newParent == null ? "/" : newParent.ownPath());
		return previous;
	}

	/** The prefix shared by this body and every body below it. */
	public String ownPath() {
		return path + id + "/";
	}

	boolean contains(PublicBody other) {
		return other.ownPath().startsWith(ownPath());
	}

	void deactivate(Instant now) {
		this.active = false;
		this.updatedAt = now;
	}

	void activate(Instant now) {
		this.active = true;
		this.updatedAt = now;
	}

	/** Whether saving these details under this parent would change nothing (keeps re-imports idempotent). */
	public boolean sameAs(Details details, @Nullable PublicBody newParent) {
		return name.equals(details.name()) && category.getId().equals(details.category().getId())
				&& Objects.equals(idOf(region), idOf(details.region())) && ppidType == details.ppidType()
				&& Objects.equals(website, details.website()) && Objects.equals(email, details.email())
				&& Objects.equals(phone, details.phone()) && Objects.equals(address, details.address())
				&& Objects.equals(parent == null ? null : parent.getId(), newParent == null ? null : newParent.getId());
	}

	/** The body as pages and other modules read it; reads the category, region and parent. */
	public BodyView toView() {
		return new BodyView(id, code, name, category.getId(), category.getName(), idOf(region),
				region == null ? null : region.getCode(), region == null ? null : region.getName(), parent == null ? null : parent.getId(),
				parent == null ? null : parent.getName(), ppidType, website, email, phone, address, active, version);
	}

	private static @Nullable Long idOf(@Nullable Region region) {
		return region == null ? null : region.getId();
	}

}
