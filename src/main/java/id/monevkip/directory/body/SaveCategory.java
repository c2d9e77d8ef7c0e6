package id.monevkip.directory.body;

/** A new or edited body category; the code is only read when the category is created. */
record SaveCategory(String code, String name, int sortOrder, boolean village, boolean active) {
}
