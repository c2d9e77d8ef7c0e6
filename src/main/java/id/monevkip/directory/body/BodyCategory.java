package id.monevkip.directory.body;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A category public bodies compete in (Pemerintah Kabupaten/Kota, BUMD, Desa, ...). A managed list:
 * commissions add and rename categories from year to year; a category in use is deactivated, never deleted.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class BodyCategory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private int sortOrder;

	/** Village bodies answer the separate village questionnaire (Perki 1/2018). */
	private boolean village;

	private boolean active = true;

	@Version
	private long version;

	BodyCategory(String code, String name, int sortOrder, boolean village) {
		this.code = code;
		this.name = name;
		this.sortOrder = sortOrder;
		this.village = village;
	}

	void update(String name, int sortOrder, boolean village, boolean active) {
		this.name = name;
		this.sortOrder = sortOrder;
		this.village = village;
		this.active = active;
	}

}
