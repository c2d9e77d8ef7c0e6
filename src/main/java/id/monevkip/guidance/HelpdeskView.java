package id.monevkip.guidance;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Someone to ask for help, reachable by at least one of phone, WhatsApp or email.
 *
 * @param publisherName the coordinator's body, {@code null} for the commission
 */
public record HelpdeskView(long id, String name, @Nullable String unit, @Nullable String phone,
		@Nullable String whatsapp, @Nullable String email, @Nullable String hours, @Nullable String publisherName) {

	/** Unit, numbers, email and hours in one line, for lists. */
	public String summary() {
		return Stream.of(unit, phone, whatsapp, email, hours).filter(Objects::nonNull).collect(Collectors.joining(" · "));
	}

	/** A {@code tel:} address: the digits with a leading plus kept. */
	public @Nullable String telLink() {
		return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
	}

	/** A wa.me address, which needs the number in international form without plus: 0812… becomes 62812…. */
	public @Nullable String whatsappLink() {
		if (whatsapp == null) {
			return null;
		}
		var digits = whatsapp.replaceAll("[^0-9]", "");
		if (digits.startsWith("0")) {
			digits = "62" + digits.substring(1);
		}
		return "https://wa.me/" + digits;
	}

}
