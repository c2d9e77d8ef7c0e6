package id.monevkip.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of mail: send one (rendered in the reader's language) and read what was sent.
 * Every send leaves one {@code mail_log} row per recipient, whether it was sent, only logged or failed.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class NotificationManagement {

	/** How many log entries a query answers at most, newest first. */
	public static final int MAX_LOG_ENTRIES = 100;

	private final MailRenderer renderer;

	private final MailDelivery delivery;

	private final MailLogRepository log;

	private final Clock clock;

	/**
	 * Renders the mail and sends each recipient a copy; returns one log entry per recipient. A failing SMTP
	 * server or a refused address never throws: that recipient's entry says FAILED with the error. An unknown
	 * template or message key does throw, because that is a programming error.
	 */
	// Outside the caller's transaction: no database connection waits for the SMTP server, and the record of
	// a mail that went out survives a rollback of the caller. The log rows commit in saveAll's own transaction.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<MailLogView> send(OutgoingMail mail) {
		var rendered = renderer.render(mail);
		List<MailLogEntry> entries = new ArrayList<>();
		for (String recipient : mail.recipients()) {
			var outcome = delivery.deliver(recipient, rendered);
			entries.add(new MailLogEntry(mail, recipient, rendered.subject(), outcome, clock.instant()));
		}
		return log.saveAll(entries).stream().map(MailLogEntry::toView).toList();
	}

	/** What was mailed about a body, newest first, at most {@value #MAX_LOG_ENTRIES} entries. */
	public List<MailLogView> logForBody(long bodyId) {
		return log.findByBodyIdOrderByCreatedAtDescIdDesc(bodyId, Limit.of(MAX_LOG_ENTRIES))
			.stream()
			.map(MailLogEntry::toView)
			.toList();
	}

	/** What was mailed to exactly this address, newest first, at most {@value #MAX_LOG_ENTRIES} entries. */
	public List<MailLogView> logForRecipient(String recipient) {
		return log.findByRecipientOrderByCreatedAtDescIdDesc(recipient.strip(), Limit.of(MAX_LOG_ENTRIES))
			.stream()
			.map(MailLogEntry::toView)
			.toList();
	}

}
