package id.monevkip.directory.body;

/** A body category as the category pages show it, with the number of bodies filed under it. */
record CategoryRow(long id, String code, String name, int sortOrder, boolean village, boolean active, long bodies,
		long version) {

	static CategoryRow of(BodyCategory category, long bodies) {
		return new CategoryRow(category.getId(), category.getCode(), category.getName(), category.getSortOrder(),
				category.isVillage(), category.isActive(), bodies, category.getVersion());
	}

}
