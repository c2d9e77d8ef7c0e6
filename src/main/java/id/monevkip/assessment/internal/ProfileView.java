package id.monevkip.assessment.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What an assessor or juror told about itself: its home kabupaten/kota and its declared conflicts. */
public record ProfileView(@Nullable String homeRegionCode, List<Declared> declared) {

	/** A declared conflict with a body. */
	public record Declared(long id, long bodyId, String bodyCode, String bodyName, String reason) {
	}

}
