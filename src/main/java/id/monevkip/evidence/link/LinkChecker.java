package id.monevkip.evidence.link;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.monevkip.evidence.LinkStatus;
import lombok.extern.slf4j.Slf4j;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks whether a URL opens. Redirects are followed by hand so that every hop is validated again: a
 * public page must not be able to redirect the server into its own network. HEAD first, GET (discarding
 * the body) for servers that refuse HEAD. The addresses checked are the addresses connected to: the HTTP
 * client resolves host names through the policy itself, so a name that resolves to a public address for the
 * check and to an internal one a moment later (DNS rebinding) is refused at connect time.
 */
@Slf4j
@Component
public class LinkChecker implements DisposableBean {

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private final LinkCheckProperties properties;

	private final AddressPolicy policy;

	private final Clock clock;

	private final Resolver resolver;

	private final CloseableHttpClient client;

	/** Name lookup, replaceable in tests to play a DNS server that changes its answer. */
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	/** A host that resolved to an address the policy does not permit, found while connecting. */
	static final class RefusedAddressException extends UnknownHostException {

		RefusedAddressException(String host) {
			super("Refused address for " + host);
		}

	}

	@Autowired
	public LinkChecker(LinkCheckProperties properties, Clock clock) {
		this(properties, AddressPolicy.of(properties), clock);
	}

	LinkChecker(LinkCheckProperties properties, AddressPolicy policy, Clock clock) {
		this(properties, policy, clock, InetAddress::getAllByName);
	}

	LinkChecker(LinkCheckProperties properties, AddressPolicy policy, Clock clock, Resolver resolver) {
		this.properties = properties;
		this.policy = policy;
		this.clock = clock;
		this.resolver = resolver;
		var timeout = Timeout.of(properties.timeout());
		var connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setDnsResolver(new PolicyDnsResolver())
			.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
			.setMaxConnTotal(50)
			.setMaxConnPerRoute(5)
			.build();
		// No proxy (a proxy would connect on our behalf to addresses the policy has not seen), no retries, no
		// redirects (followed by hand), no cookies, and no reuse: every request resolves and connects anew.
		this.client = HttpClients.custom()
			.setConnectionManager(connections)
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).setConnectionRequestTimeout(timeout)
				.setRedirectsEnabled(false).build())
			.setConnectionReuseStrategy((request, response, context) -> false)
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableContentCompression()
			.disableAuthCaching()
			.setUserAgent(properties.userAgent())
			.build();
	}

	@Override
	public void destroy() throws IOException {
		client.close();
	}

	/** The URL as an absolute http(s) address with a host, or empty when it is none. */
	public static Optional<URI> parse(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		try {
			var uri = new URI(url.strip());
			var scheme = uri.getScheme();
			if (scheme == null || !Set.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))
					|| uri.getHost() == null || uri.getHost().isBlank()) {
				return Optional.empty();
			}
			return Optional.of(uri);
		}
		catch (URISyntaxException notAUri) {
			return Optional.empty();
		}
	}

	public LinkCheck check(String url) {
		var start = parse(url);
		if (start.isEmpty()) {
			return result(LinkStatus.INVALID, null, url, "links.check.invalid");
		}
		var current = start.get();
		Integer lastStatus = null;
		for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
			var refusal = refusal(current);
			if (refusal != null) {
				return result(refusal, lastStatus, current.toString(),
						refusal == LinkStatus.REFUSED ? "links.check.refused" : "links.check.unknownHost");
			}
			int status;
			Optional<String> location;
			try {
				var response = request(new HttpHead(current));
				if (response.status() == 405 || response.status() == 501) {
					response = request(new HttpGet(current));
				}
				status = response.status();
				location = Optional.ofNullable(response.location());
			}
			catch (RefusedAddressException rebound) {
				log.info("Link {} resolved to a refused address at connect time", current);
				return result(LinkStatus.REFUSED, lastStatus, current.toString(), "links.check.refused");
			}
			catch (SocketTimeoutException slow) {
				return result(LinkStatus.TIMEOUT, lastStatus, current.toString(), "links.check.timeout");
			}
			catch (IOException | IllegalArgumentException unreachable) {
				log.debug("Link {} unreachable: {}", current, unreachable.toString());
				return result(LinkStatus.BROKEN, lastStatus, current.toString(), "links.check.unreachable");
			}
			lastStatus = status;
			if (REDIRECTS.contains(status) && location.isPresent()) {
				var next = next(current, location.get());
				if (next == null) {
					return result(LinkStatus.INVALID, status, location.get(), "links.check.invalid");
				}
				current = next;
				continue;
			}
			if (status >= 200 && status < 300) {
				return result(LinkStatus.OK, status, current.toString(), "links.check.ok");
			}
			return result(LinkStatus.BROKEN, status, current.toString(), "links.check.broken");
		}
		return result(LinkStatus.TOO_MANY_REDIRECTS, lastStatus, current.toString(), "links.check.tooManyRedirects");
	}

	/** The Location resolved against the page that sent it, if it is again an http(s) address. */
	private static @Nullable URI next(URI current, String location) {
		try {
			return parse(current.resolve(new URI(location.strip())).toString()).orElse(null);
		}
		catch (URISyntaxException | IllegalArgumentException bad) {
			return null;
		}
	}

	/**
	 * REFUSED when any address of the host is internal (a host with one public and one private address
	 * could be reached at either), BROKEN when the host does not resolve, {@code null} when it may be asked.
	 */
	private @Nullable LinkStatus refusal(URI uri) {
		var host = uri.getHost();
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		try {
			for (var address : resolver.resolve(host)) {
				if (!policy.permits(address)) {
					return LinkStatus.REFUSED;
				}
			}
			return null;
		}
		catch (UnknownHostException | SecurityException unknown) {
			return LinkStatus.BROKEN;
		}
	}

	private record Answer(int status, @Nullable String location) {
	}

	/**
	 * Sends the request and keeps only the status and Location. The response is closed without reading its
	 * body: a GET to a large page must not be downloaded, and the connection is not reused anyway.
	 */
	private Answer request(HttpUriRequestBase request) throws IOException {
		try (var response = client.executeOpen(null, request, null)) {
			Header location = response.getFirstHeader("Location");
			return new Answer(response.getCode(), location == null ? null : location.getValue());
		}
	}

	/** Resolves through the test-replaceable resolver and refuses when any address is internal. */
	private final class PolicyDnsResolver implements DnsResolver {

		@Override
		public InetAddress[] resolve(String host) throws UnknownHostException {
			var name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
			var addresses = resolver.resolve(name);
			for (var address : addresses) {
				if (!policy.permits(address)) {
					throw new RefusedAddressException(host);
				}
			}
			return addresses;
		}

		@Override
		public String resolveCanonicalHostname(String host) throws UnknownHostException {
			return host;
		}

	}

	private LinkCheck result(LinkStatus status, @Nullable Integer httpStatus, String finalUrl, String key) {
		return new LinkCheck(status, httpStatus, finalUrl, clock.instant(), key);
	}

}
