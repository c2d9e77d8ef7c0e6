package id.monevkip.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Waktu Indonesia Tengah: every deadline of KI Kaltim is set and shown in this zone. */
public final class Wita {

	public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private Wita() {
	}

	/** A moment as people read it in messages and mails, e.g. {@code 31-05-2026 16:00 WITA}. */
	public static String text(Instant instant) {
		return TEXT.format(instant.atZone(ZONE)) + " WITA";
	}

}
