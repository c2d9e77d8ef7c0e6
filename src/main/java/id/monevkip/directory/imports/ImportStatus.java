package id.monevkip.directory.imports;

/** What importing one row does: create, update, nothing (already stored as is), or nothing because it is invalid. */
enum ImportStatus {

	NEW, CHANGED, UNCHANGED, INVALID

}
