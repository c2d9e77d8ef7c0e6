package id.monevkip.notification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A mail to send. The body is the TEXT template {@code templates/mail/<template>.txt} rendered with the model;
 * the subject is the message {@code mail.<template>.subject} with the subject arguments. Each recipient gets a
 * copy of their own, so that nobody sees the other addresses.
 *
 * @param kind short code saying why the mail went out, e.g. {@code SUBMISSION_RECEIPT} (at most 50 characters)
 * @param recipients addresses, at least one
 * @param locale language of subject and body; {@link #INDONESIAN} unless the reader chose English
 * @param template name of the template, lower case with hyphens, e.g. {@code submission-receipt}
 * @param model values the template reads
 * @param subjectArgs arguments of the subject message, e.g. the body's name
 * @param bodyId the public body the mail is about, if any
 * @param triggeredBy account whose action caused the mail, if any
 */
public record OutgoingMail(String kind, List<String> recipients, Locale locale, String template,
		Map<String, Object> model, List<Object> subjectArgs, @Nullable Long bodyId, @Nullable Long triggeredBy) {

	public static final Locale INDONESIAN = Locale.forLanguageTag("id");

	public OutgoingMail {
		if (kind.isBlank() || kind.length() > 50) {
			throw new IllegalArgumentException("A mail kind is a short code, not '" + kind + "'");
		}
		recipients = recipients.stream().map(String::strip).distinct().toList();
		if (recipients.isEmpty()) {
			throw new IllegalArgumentException("A mail needs at least one recipient");
		}
		// the name becomes part of a resource path, so it must not be able to walk out of templates/mail/
		if (!template.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("Not a mail template name: " + template);
		}
		model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
		subjectArgs = List.copyOf(subjectArgs);
	}

	/** A mail about no particular body, triggered by nobody in particular (e.g. a scheduled reminder). */
	public static OutgoingMail of(String kind, List<String> recipients, Locale locale, String template,
			Map<String, Object> model, List<Object> subjectArgs) {
		return new OutgoingMail(kind, recipients, locale, template, model, subjectArgs, null, null);
	}

	public OutgoingMail aboutBody(long bodyId) {
		return new OutgoingMail(kind, recipients, locale, template, model, subjectArgs, bodyId, triggeredBy);
	}

	public OutgoingMail triggeredBy(long accountId) {
		return new OutgoingMail(kind, recipients, locale, template, model, subjectArgs, bodyId, accountId);
	}

}
