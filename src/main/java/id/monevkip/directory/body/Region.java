package id.monevkip.directory.body;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import id.monevkip.directory.RegionLevel;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** A province, kabupaten/kota, kecamatan or desa/kelurahan with its Kemendagri code. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private RegionLevel level;

	@ManyToOne(fetch = FetchType.LAZY)
	private @Nullable Region parent;

	public Region(String code, String name, @Nullable Region parent) {
		this.code = code;
		this.name = name;
		this.level = RegionLevel.ofCode(code);
		this.parent = parent;
	}

	/** Kemendagri renames regions now and then ("Kabupaten" to "Kota"); the code, level and parent stay. */
	public void rename(String name) {
		this.name = name;
	}

}
