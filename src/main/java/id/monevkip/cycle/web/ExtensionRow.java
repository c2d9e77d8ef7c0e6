package id.monevkip.cycle.web;

import java.time.ZonedDateTime;

import id.monevkip.cycle.Stage;

/** One grant in the extension history; times in WITA. */
record ExtensionRow(Stage stage, boolean forBody, String target, ZonedDateTime closesAt, String reason,
		String grantedBy, ZonedDateTime grantedAt) {
}
