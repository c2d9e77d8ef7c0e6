package id.monevkip.directory.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The three files the directory accepts, with their columns; regions come first (on the upload page too)
 * because bodies refer to them. Headers may use the Indonesian or the English column names, in any order;
 * optional columns may be left out of the file altogether.
 */
enum ImportType {

	REGIONS(List.of(new Column("kode", "code", true), new Column("nama", "name", true)),
			List.of(List.of("64", "Provinsi Kalimantan Timur"), List.of("64.02", "Kabupaten Kutai Kartanegara"),
					List.of("64.02.06", "Kecamatan Tenggarong"), List.of("64.02.06.2012", "Desa Contoh"))),

	BODIES(List.of(new Column("kode", "code", true), new Column("nama", "name", true),
			new Column("kategori", "category", true), new Column("wilayah", "region", false),
			new Column("induk", "parent", false), new Column("jenis_ppid", "ppid_type", true),
			new Column("website", "website", false), new Column("email", "email", false),
			new Column("telepon", "phone", false), new Column("alamat", "address", false)),
			List.of(List.of("CONTOH-PEMKAB", "Pemerintah Kabupaten Contoh", "PEMKAB_PEMKOT", "64.02", "", "UTAMA",
					"https://contohkab.go.id", "ppid@contohkab.go.id", "0541-661234", "Jl. Contoh No. 1"),
					List.of("CONTOH-DISKOMINFO", "Dinas Komunikasi dan Informatika Kabupaten Contoh", "PD_KABKOTA",
							"64.02", "CONTOH-PEMKAB", "PELAKSANA", "", "", "", ""))),

	ACCOUNTS(List.of(new Column("email", "email", true), new Column("nama", "name", true),
			new Column("peran", "roles", true), new Column("kode_badan", "body_code", false),
			new Column("jabatan", "position", false), new Column("telepon", "phone", false)),
			List.of(List.of("ppid@contohkab.go.id", "Siti Rahmawati", "COORDINATOR|RESPONDENT", "CONTOH-PEMKAB",
					"Kepala Bidang IKP", "081234567890")));

	/**
	 * @param name the Indonesian header name, also the key of the column everywhere in the code
	 * @param english the English header name accepted instead
	 * @param required whether the header must contain the column (its cells must then be filled)
	 */
	record Column(String name, String english, boolean required) {
	}

	private final List<Column> columns;

	private final List<List<String>> example;

	ImportType(List<Column> columns, List<List<String>> example) {
		this.columns = columns;
		this.example = example;
	}

	/** Public, like {@link #param()}: the upload page lists the columns. */
	public List<Column> columns() {
		return columns;
	}

	/** Example rows for the downloadable template. */
	List<List<String>> example() {
		return example;
	}

	/** The lower-case name used in URLs and file names: {@code regions}, {@code bodies}, {@code accounts}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The column a header cell names, tolerating case, spaces and hyphens ("Kode Badan" is kode_badan). */
	@Nullable Column column(String header) {
		String key = header.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return columns.stream().filter(c -> c.name().equals(key) || c.english().equals(key)).findFirst().orElse(null);
	}

	static Optional<ImportType> fromParam(@Nullable String param) {
		for (ImportType type : values()) {
			if (type.param().equals(param)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
