package id.monevkip.notification;

import jakarta.mail.MessagingException;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Hands one rendered mail for one recipient to the SMTP server, or writes it to the log when there is none
 * (no {@code spring.mail.host}: development, demo, or an installation without mail). Never throws for a
 * delivery problem: a receipt that cannot go out must not undo the submission that caused it.
 */
@Slf4j
class MailDelivery {

	private final @Nullable JavaMailSender sender;

	private final String from;

	MailDelivery(@Nullable JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	Outcome deliver(String recipient, MailRenderer.RenderedMail mail) {
		if (sender == null) {
			log.info("Mail not sent (no SMTP server configured, spring.mail.host is unset)\nFrom: {}\nTo: {}\nSubject: {}\n\n{}",
					from, recipient, mail.subject(), mail.text());
			return new Outcome(MailStatus.LOGGED, null);
		}
		try {
			var message = sender.createMimeMessage();
			var helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(from);
			helper.setTo(recipient);
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), false);
			sender.send(message);
			return new Outcome(MailStatus.SENT, null);
		}
		catch (MailException | MessagingException ex) {
			log.warn("Mail to {} with subject '{}' failed: {}", recipient, mail.subject(), ex.getMessage());
			return new Outcome(MailStatus.FAILED, describe(ex));
		}
	}

	private static String describe(Exception ex) {
		String message = ex.getMessage();
		return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
	}

	record Outcome(MailStatus status, @Nullable String error) {

	}

}
