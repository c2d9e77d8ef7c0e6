package id.monevkip.shared;

import java.time.ZoneId;

/** Waktu Indonesia Tengah: every deadline of KI Kaltim is set and shown in this zone. */
public final class Wita {

	public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

	private Wita() {
	}

}
