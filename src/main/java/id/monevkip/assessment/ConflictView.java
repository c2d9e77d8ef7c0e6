package id.monevkip.assessment;

import org.jspecify.annotations.Nullable;

/** A conflict of interest between a person and a body; {@code reason} is set for declared ones. */
public record ConflictView(long accountId, String personName, long bodyId, String bodyName, ConflictKind kind,
		@Nullable String reason, @Nullable Long declaredId) {

}
