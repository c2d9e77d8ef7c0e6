package id.monevkip.evidence.link;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.monevkip.evidence.LinkStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a local server on 127.0.0.1 only: this machine has no other network, and tests must not need one. */
class LinkCheckerTests {

	static final Instant NOW = Instant.parse("2026-07-01T00:00:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	static final LinkCheckProperties TEST = new LinkCheckProperties(Duration.ofSeconds(1), 5, true, "test agent");

	static HttpServer server;

	static String base;

	static final CopyOnWriteArrayList<String> requests = new CopyOnWriteArrayList<>();

	final LinkChecker checker = new LinkChecker(TEST, CLOCK);

	@BeforeAll
	static void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/ok", exchange -> respond(exchange, 200));
		server.createContext("/missing", exchange -> respond(exchange, 404));
		server.createContext("/error", exchange -> respond(exchange, 500));
		server.createContext("/chain/1", exchange -> redirect(exchange, 301, base + "/chain/2"));
		server.createContext("/chain/2", exchange -> redirect(exchange, 302, "3"));
		server.createContext("/chain/3", exchange -> redirect(exchange, 307, "/ok"));
		server.createContext("/loop", exchange -> redirect(exchange, 302, "/loop"));
		server.createContext("/to-internal", exchange -> redirect(exchange, 302, "http://10.0.0.1/"));
		server.createContext("/to-ftp", exchange -> redirect(exchange, 302, "ftp://example.test/file"));
		server.createContext("/slow", exchange -> {
			try {
				Thread.sleep(3000);
			}
			catch (InterruptedException stop) {
				Thread.currentThread().interrupt();
			}
			respond(exchange, 200);
		});
		server.createContext("/no-head", exchange -> {
			requests.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("User-Agent"));
			respond(exchange, "HEAD".equals(exchange.getRequestMethod()) ? 405 : 200);
		});
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterAll
	static void stop() {
		server.stop(0);
	}

	private static void respond(HttpExchange exchange, int status) throws IOException {
		byte[] body = "x".repeat(10_000).getBytes();
		if ("HEAD".equals(exchange.getRequestMethod())) {
			exchange.sendResponseHeaders(status, -1);
		}
		else {
			exchange.sendResponseHeaders(status, body.length);
			exchange.getResponseBody().write(body);
		}
		exchange.close();
	}

	private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
		exchange.getResponseHeaders().add("Location", location);
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Test
	void aPageThatAnswers200IsOk() {
		var check = checker.check(base + "/ok");

		assertThat(check).isEqualTo(new LinkCheck(LinkStatus.OK, 200, base + "/ok", NOW, "links.check.ok"));
	}

	@Test
	void clientAndServerErrorsAreBrokenWithTheirStatus() {
		assertThat(checker.check(base + "/missing")).extracting(LinkCheck::status, LinkCheck::httpStatus)
			.containsExactly(LinkStatus.BROKEN, 404);
		assertThat(checker.check(base + "/error")).extracting(LinkCheck::status, LinkCheck::httpStatus)
			.containsExactly(LinkStatus.BROKEN, 500);
	}

	@Test
	void aRedirectChainWithAbsoluteAndRelativeLocationsIsFollowedToTheFinalPage() {
		var check = checker.check(base + "/chain/1");

		assertThat(check.status()).isEqualTo(LinkStatus.OK);
		assertThat(check.finalUrl()).isEqualTo(base + "/ok");
	}

	@Test
	void aRedirectLoopStopsAfterTheMaximumNumberOfHops() {
		var check = checker.check(base + "/loop");

		assertThat(check.status()).isEqualTo(LinkStatus.TOO_MANY_REDIRECTS);
		assertThat(check.httpStatus()).isEqualTo(302);
	}

	@Test
	void aServerSlowerThanTheTimeoutIsTooSlow() {
		var started = System.nanoTime();

		var check = checker.check(base + "/slow");

		assertThat(check.status()).isEqualTo(LinkStatus.TIMEOUT);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void aServerRefusingHeadIsAskedWithGetAndSeesTheUserAgent() {
		requests.clear();

		var check = checker.check(base + "/no-head");

		assertThat(check.status()).isEqualTo(LinkStatus.OK);
		assertThat(requests).containsExactly("HEAD test agent", "GET test agent");
	}

	@Test
	void aRedirectIntoAPrivateNetworkIsRefusedEvenWhenTheFirstHostWasAllowed() {
		var loopbackOnly = new LinkChecker(TEST, new AddressPolicy(Set.of(AddressPolicy.Kind.LOOPBACK)), CLOCK);

		var check = loopbackOnly.check(base + "/to-internal");

		assertThat(check.status()).isEqualTo(LinkStatus.REFUSED);
		assertThat(check.finalUrl()).isEqualTo("http://10.0.0.1/");
		assertThat(check.httpStatus()).isEqualTo(302);
	}

	@Test
	void aRedirectToAnotherSchemeIsInvalid() {
		assertThat(checker.check(base + "/to-ftp").status()).isEqualTo(LinkStatus.INVALID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:9/", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/",
			"http://[::1]/", "http://0.0.0.0/", "https://192.168.0.1/admin" })
	void internalAddressesAreRefusedByDefaultBeforeAnyConnection(String url) {
		// No server listens on these addresses: a connection attempt would end BROKEN or TIMEOUT, never REFUSED.
		var check = new LinkChecker(LinkCheckProperties.defaults(), CLOCK).check(url);

		assertThat(check.status()).isEqualTo(LinkStatus.REFUSED);
		assertThat(check.httpStatus()).isNull();
		assertThat(check.messageKey()).isEqualTo("links.check.refused");
	}

	@Test
	void theLocalTestServerItselfIsRefusedByDefault() {
		requests.clear();

		var check = new LinkChecker(LinkCheckProperties.defaults(), CLOCK).check(base + "/no-head");

		assertThat(check.status()).isEqualTo(LinkStatus.REFUSED);
		assertThat(requests).isEmpty();
	}

	@Test
	void theConnectionGoesToTheAddressTheCheckerResolvedItself() {
		var loopback = InetAddress.getLoopbackAddress();
		var pinned = new LinkChecker(TEST, AddressPolicy.allowingEverything(), CLOCK, host -> new InetAddress[] { loopback });

		// No DNS server knows this name: only the checker's own resolver can lead the connection to the test server.
		var check = pinned.check("http://ppid.example.test:" + server.getAddress().getPort() + "/ok");

		assertThat(check.status()).isEqualTo(LinkStatus.OK);
	}

	@Test
	void aNameThatTurnsInternalBetweenCheckAndConnectionIsRefused() throws Exception {
		requests.clear();
		var lookups = new java.util.concurrent.atomic.AtomicInteger();
		var publicAddress = InetAddress.getByAddress("ppid.example.test", new byte[] { 93, (byte) 184, (byte) 216, 34 });
		var loopbackOnlyLater = new LinkChecker(TEST, AddressPolicy.publicOnly(), CLOCK,
				host -> new InetAddress[] { lookups.getAndIncrement() == 0 ? publicAddress : InetAddress.getLoopbackAddress() });

		var check = loopbackOnlyLater.check("http://ppid.example.test:" + server.getAddress().getPort() + "/no-head");

		assertThat(lookups).hasValueGreaterThan(1);
		assertThat(check.status()).isEqualTo(LinkStatus.REFUSED);
		assertThat(requests).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://example.test/file", "https://ppid example.test/", "javascript:alert(1)", "/relative",
			"", "file:///etc/passwd" })
	void anythingButAnHttpAddressIsInvalid(String url) {
		assertThat(checker.check(url).status()).isEqualTo(LinkStatus.INVALID);
	}

}
