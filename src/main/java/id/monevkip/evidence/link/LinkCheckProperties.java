package id.monevkip.evidence.link;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How links are checked.
 *
 * @param timeout per request (connect and response), so that a dead server cannot hold a respondent's page
 * @param maxRedirects how many Location hops are followed before giving up
 * @param allowPrivateAddresses lets the checker reach loopback and internal networks; only for tests,
 * because otherwise a respondent could make the server probe the commission's own network
 */
@ConfigurationProperties("app.evidence.links")
public record LinkCheckProperties(@DefaultValue("5s") Duration timeout, @DefaultValue("5") int maxRedirects,
		@DefaultValue("false") boolean allowPrivateAddresses, @DefaultValue("e-Monev KIP link check") String userAgent) {

	public static LinkCheckProperties defaults() {
		return new LinkCheckProperties(Duration.ofSeconds(5), 5, false, "e-Monev KIP link check");
	}

}
