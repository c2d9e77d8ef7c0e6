package id.monevkip.progress;

/** Which board a page belongs to: the coordinator's covers its subtree, the commission's every participant. */
enum Zone {

	ADMIN("/admin/progress"), COMMISSIONER("/commissioner/progress"), COORDINATOR("/coordinator/progress");

	private final String path;

	Zone(String path) {
		this.path = path;
	}

	String path() {
		return path;
	}

}
