package id.monevkip.evidence.file;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.AppProperties;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone on a bad connection: the upload stops halfway and the socket closes. Exercises the real Tomcat on the
 * random port (MockMvc would never see a half multipart body), logged in as the demo respondent.
 */
@IntegrationTest
class EvidenceUploadAbortTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	EvidenceProperties properties;

	@Autowired
	AppProperties app;

	@Autowired
	ServletContext servletContext;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUploadCutOffHalfwayLeavesNoRowNoBlobAndNoTemporaryFile() throws Exception {
		var cookies = new CookieManager();
		var http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
		var base = "http://localhost:" + port;
		var loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
		var form = "username=" + encode("responden@kukar.test") + "&password=" + encode("monev-demo-2026") + "&_csrf="
				+ encode(csrfOf(loginPage.body()));
		var home = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(home.uri().getPath()).doesNotContain("login");
		var library = http.send(HttpRequest.newBuilder(URI.create(base + "/evidence")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(library.statusCode()).isEqualTo(200);
		var token = csrfOf(library.body());
		var session = cookies.getCookieStore().get(URI.create(base)).stream()
			.filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
		long body = jdbc.queryForObject("SELECT id FROM public_body WHERE code = 'KUKAR-DISKOMINFO'", Long.class);

		var evidenceDir = properties.locationOr(app.dataDir());
		var tomcatTemp = (File) servletContext.getAttribute(ServletContext.TEMPDIR);
		var rowsBefore = rows(body);
		var evidenceBefore = filesUnder(evidenceDir);
		var tempBefore = filesUnder(tomcatTemp.toPath());

		var boundary = "----cut" + System.nanoTime();
		var partHead = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"putus.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.US_ASCII);
		long declared = 4L * 1024 * 1024;
		try (var socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /evidence HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: JSESSIONID=" + session
					+ "\r\nX-CSRF-TOKEN: " + token + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
					+ "\r\nContent-Length: " + declared + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(partHead);
			var chunk = new byte[64 * 1024];
			for (int i = 0; i < 16; i++) {
				out.write(chunk);
			}
			out.flush();
			// Let Tomcat start writing the part to its temporary file before the line drops.
			Thread.sleep(1500);
			assertThat(filesUnder(tomcatTemp.toPath())).as("Tomcat is receiving the part").isNotEqualTo(tempBefore);
		}

		var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline && !filesUnder(tomcatTemp.toPath()).equals(tempBefore)) {
			Thread.sleep(200);
		}
		assertThat(filesUnder(tomcatTemp.toPath())).as("temporary files of Tomcat").isEqualTo(tempBefore);
		assertThat(rows(body)).isEqualTo(rowsBefore);
		assertThat(filesUnder(evidenceDir)).as("evidence directory").isEqualTo(evidenceBefore);
	}

	private long rows(long body) {
		return jdbc.queryForObject("SELECT count(*) FROM evidence_file WHERE body_id = ?", Long.class, body);
	}

	private static Set<Path> filesUnder(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return Set.of();
		}
		try (var all = Files.walk(dir)) {
			return all.filter(Files::isRegularFile).collect(Collectors.toSet());
		}
	}

	private static String csrfOf(String html) {
		var matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("page has a CSRF token").isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
