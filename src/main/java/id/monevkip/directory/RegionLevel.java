package id.monevkip.directory;

/** Levels of the Kemendagri region codes: 64, 64.02, 64.02.09, 64.02.09.2001. */
public enum RegionLevel {

	PROVINCE, REGENCY, DISTRICT, VILLAGE;

	/** The level a Kemendagri code denotes, from the number of its dot-separated parts. */
	public static RegionLevel ofCode(String code) {
		return values()[Math.min(code.split("\\.").length, 4) - 1];
	}

	/**
	 * The code of the kabupaten/kota a region lies in ("64.02.08.2009" → "64.02"); a province is its own. Boards
	 * total and filter by kabupaten/kota, the level at which Monev categories and coordinators are organised.
	 */
	public static String regencyCodeOf(String code) {
		var parts = code.split("\\.");
		return parts.length <= 2 ? code : parts[0] + "." + parts[1];
	}

}
