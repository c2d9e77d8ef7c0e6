package id.monevkip.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One recorded send: one recipient of one mail. */
public record MailLogView(long id, String kind, String recipient, String subject, MailStatus status,
		@Nullable String error, Instant createdAt, @Nullable Long bodyId, @Nullable Long triggeredBy) {

}
