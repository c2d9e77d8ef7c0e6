package id.monevkip.notification;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns an outgoing mail into subject and text in its language. The body is a Thymeleaf TEXT template whose
 * words come from the message bundles, so Indonesian and English stay complete like the pages.
 */
@Component
@RequiredArgsConstructor
class MailRenderer {

	static final String TEMPLATE_FOLDER = "mail/";

	private final ITemplateEngine templates;

	private final MessageSource messages;

	RenderedMail render(OutgoingMail mail) {
		String subject = messages.getMessage("mail." + mail.template() + ".subject", mail.subjectArgs().toArray(),
				mail.locale());
		String text = templates.process(TEMPLATE_FOLDER + mail.template(), new Context(mail.locale(), mail.model()));
		return new RenderedMail(subject, text);
	}

	record RenderedMail(String subject, String text) {

	}

}
