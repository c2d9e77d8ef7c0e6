package id.monevkip.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings of our own; the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender every mail shows, e.g. {@code KI Kaltim <monev@kip.kaltimprov.go.id>}
 */
@ConfigurationProperties("app.mail")
record NotificationProperties(@DefaultValue(DEFAULT_FROM) String from) {

	static final String DEFAULT_FROM = "e-Monev KIP <no-reply@monev-kip.local>";

}
