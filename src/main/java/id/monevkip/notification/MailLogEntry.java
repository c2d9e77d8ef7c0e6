package id.monevkip.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** The record of one mail to one recipient; written once, never changed. */
@Entity
@Table(name = "mail_log")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class MailLogEntry {

	static final int MAX_SUBJECT = 500;

	static final int MAX_ERROR = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String kind;

	private String recipient;

	private String subject;

	@Enumerated(EnumType.STRING)
	private MailStatus status;

	private @Nullable String error;

	private Instant createdAt;

	private @Nullable Long bodyId;

	private @Nullable Long triggeredBy;

	MailLogEntry(OutgoingMail mail, String recipient, String subject, MailDelivery.Outcome outcome, Instant now) {
		this.kind = mail.kind();
		this.recipient = recipient;
		this.subject = cut(subject, MAX_SUBJECT);
		this.status = outcome.status();
		this.error = outcome.error() == null ? null : cut(outcome.error(), MAX_ERROR);
		this.createdAt = now;
		this.bodyId = mail.bodyId();
		this.triggeredBy = mail.triggeredBy();
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	MailLogView toView() {
		return new MailLogView(id, kind, recipient, subject, status, error, createdAt, bodyId, triggeredBy);
	}

}
