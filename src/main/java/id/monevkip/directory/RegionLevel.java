package id.monevkip.directory;

/** Levels of the Kemendagri region codes: 64, 64.02, 64.02.09, 64.02.09.2001. */
public enum RegionLevel {

	PROVINCE, REGENCY, DISTRICT, VILLAGE;

	/** The level a Kemendagri code denotes, from the number of its dot-separated parts. */
	public static RegionLevel ofCode(String code) {
		return values()[Math.min(code.split("\\.").length, 4) - 1];
	}

}
