package id.monevkip.guidance.internal;

import org.jspecify.annotations.Nullable;

public record ContactDraft(String name, @Nullable String unit, @Nullable String phone, @Nullable String whatsapp,
		@Nullable String email, @Nullable String hours) {

	public boolean reachable() {
		return phone != null || whatsapp != null || email != null;
	}

}
