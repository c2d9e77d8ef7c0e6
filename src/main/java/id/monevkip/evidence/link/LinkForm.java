package id.monevkip.evidence.link;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new link: its address and a title the assessor will read. */
record LinkForm(
		@NotBlank(message = "{links.validation.required}") @Size(max = 2000,
				message = "{links.validation.urlTooLong}") @Nullable String url,
		@NotBlank(message = "{links.validation.required}") @Size(max = 200,
				message = "{links.validation.titleTooLong}") @Nullable String title) {

	static LinkForm empty() {
		return new LinkForm(null, null);
	}

}
