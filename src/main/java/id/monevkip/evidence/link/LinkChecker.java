package id.monevkip.evidence.link;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.monevkip.evidence.LinkStatus;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks whether a URL opens. Redirects are followed by hand so that every hop is validated again: a
 * public page must not be able to redirect the server into its own network. HEAD first, GET (discarding
 * the body) for servers that refuse HEAD.
 */
@Slf4j
@Component
public class LinkChecker {

	private static final int MAX_BODY_BYTES = 4096;

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private final LinkCheckProperties properties;

	private final AddressPolicy policy;

	private final Clock clock;

	private final HttpClient client;

	@Autowired
	public LinkChecker(LinkCheckProperties properties, Clock clock) {
		this(properties, AddressPolicy.of(properties), clock);
	}

	LinkChecker(LinkCheckProperties properties, AddressPolicy policy, Clock clock) {
		this.properties = properties;
		this.policy = policy;
		this.clock = clock;
		// No proxy: a proxy would connect on our behalf to addresses the policy has not seen.
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.timeout())
			.proxy(HttpClient.Builder.NO_PROXY)
			.build();
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
				var response = request(current, "HEAD");
				status = response.statusCode();
				if (status == 405 || status == 501) {
					response = request(current, "GET");
					status = response.statusCode();
				}
				location = response.headers().firstValue("Location");
			}
			catch (HttpTimeoutException slow) {
				return result(LinkStatus.TIMEOUT, lastStatus, current.toString(), "links.check.timeout");
			}
			catch (IOException | IllegalArgumentException unreachable) {
				log.debug("Link {} unreachable: {}", current, unreachable.toString());
				return result(LinkStatus.BROKEN, lastStatus, current.toString(), "links.check.unreachable");
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return result(LinkStatus.TIMEOUT, lastStatus, current.toString(), "links.check.timeout");
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
			for (var address : InetAddress.getAllByName(host)) {
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

	private HttpResponse<?> request(URI uri, String method) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(uri)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.timeout(properties.timeout())
			.header("User-Agent", properties.userAgent())
			.build();
		if ("HEAD".equals(method)) {
			return client.send(request, HttpResponse.BodyHandlers.discarding());
		}
		var response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		// The status is enough. Reading the body could block past the timeout (which only covers the
		// headers), so only what already arrived is skipped before hanging up.
		try (InputStream body = response.body()) {
			body.skip(Math.min(body.available(), MAX_BODY_BYTES));
		}
		return response;
	}

	private LinkCheck result(LinkStatus status, @Nullable Integer httpStatus, String finalUrl, String key) {
		return new LinkCheck(status, httpStatus, finalUrl, clock.instant(), key);
	}

}
