package id.monevkip.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import id.monevkip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP (Tomcat compresses, MockMvc would not): pages and assets travel compressed, assets are linked under
 * versioned URLs and cached for a year, pages themselves are never cached.
 */
@IntegrationTest
class LightPagesTests {

	static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"");

	static final Pattern BOOTSTRAP = Pattern.compile("href=\"(/webjars/bootstrap/5\\.3\\.8/css/bootstrap\\.min\\.css)\"");

	static final Pattern SCRIPT = Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js)\"");

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<byte[]> get(String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Encoding", "gzip")
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	String loginPage() throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		return response.body();
	}

	@Test
	void pagesLinkOurOwnFilesUnderAContentHashAndWebjarsUnderTheirVersion() throws Exception {
		var html = loginPage();
		assertThat(STYLESHEET.matcher(html).find()).as("app.css with a content hash in %s", html).isTrue();
		assertThat(BOOTSTRAP.matcher(html).find()).isTrue();
		assertThat(SCRIPT.matcher(html).find()).isTrue();
	}

	@Test
	void versionedAssetsAreCompressedAndCachedForAYearWithoutAsking() throws Exception {
		var html = loginPage();
		for (var pattern : new Pattern[] { STYLESHEET, BOOTSTRAP, SCRIPT }) {
			var matcher = pattern.matcher(html);
			assertThat(matcher.find()).isTrue();
			var response = get(matcher.group(1));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
				.contains("max-age=31536000", "public", "immutable")
				.doesNotContain("no-store", "no-cache"));
			assertThat(response.headers().firstValue("Content-Encoding")).as(matcher.group(1)).hasValue("gzip");
		}
	}

	@Test
	void theBootstrapStylesheetTravelsAtAFractionOfItsSize() throws Exception {
		var matcher = BOOTSTRAP.matcher(loginPage());
		assertThat(matcher.find()).isTrue();
		var compressed = get(matcher.group(1)).body().length;
		var plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + matcher.group(1))).build(),
				HttpResponse.BodyHandlers.ofByteArray()).body().length;
		assertThat(compressed).isLessThan(plain / 4);
	}

	@Test
	void pagesAreCompressedButNeverCached() throws Exception {
		var response = get("/login");
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
			.contains("no-store"));
	}

}
