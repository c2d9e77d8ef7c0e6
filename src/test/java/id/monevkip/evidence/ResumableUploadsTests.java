package id.monevkip.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import id.monevkip.evidence.file.EvidenceProperties;
import id.monevkip.evidence.upload.ResumableUploadProperties;
import id.monevkip.shared.AppProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.StreamUtils;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tus endpoints do when the connection breaks in the middle of a part and when an upload is abandoned,
 * without a server: the request's body stream fails as the servlet container's does when the client's link drops.
 */
class ResumableUploadsTests {

	static final String URI = "/evidence/bodies/7/uploads";

	static final UploadTarget RINA = new UploadTarget(11, 7, "library", DataSize.ofMegabytes(20).toBytes());

	@TempDir
	Path dataDir;

	final List<String> stored = new ArrayList<>();

	@Test
	void thePartOfAPatchThatArrivedBeforeTheLinkDroppedIsKeptAndTheUploadContinuesFromThere() throws Exception {
		var uploads = uploads(Duration.ofHours(24));
		var file = bytes(100_000);
		var location = create(uploads, file.length);

		// The client never sees an answer to the part that broke off (its connection is gone); what matters is what
		// the server kept of it.
		patch(uploads, location, 0, new DroppingStream(file, 60_000));

		var offset = head(uploads, location).getHeader("Upload-Offset");
		assertThat(offset).isEqualTo("60000");
		var rest = patch(uploads, location, 60_000, new ByteArrayInputStream(Arrays.copyOfRange(file, 60_000, file.length)));
		assertThat(rest.getStatus()).isEqualTo(200);
		assertThat(rest.getContentAsString()).isEqualTo("stored " + file.length);
		assertThat(stored).containsExactly(new String(file, StandardCharsets.ISO_8859_1));
	}

	@Test
	void theCleanupRemovesAbandonedUploadsOnlyAfterTheirExpiry() throws Exception {
		var keeping = uploads(Duration.ofHours(24));
		var kept = create(keeping, 1000);
		patch(keeping, kept, 0, new ByteArrayInputStream(bytes(400)));
		var expiring = uploads(Duration.ofMillis(1));
		var abandoned = create(expiring, 1000);
		patch(expiring, abandoned, 0, new ByteArrayInputStream(bytes(400)));
		Thread.sleep(20);

		expiring.cleanup();

		assertThat(head(keeping, abandoned).getStatus()).isEqualTo(404);
		assertThat(head(keeping, kept).getHeader("Upload-Offset")).isEqualTo("400");
		try (Stream<Path> left = Files.list(dataDir.resolve("uploads-incomplete/uploads"))) {
			assertThat(left).hasSize(1);
		}
	}

	@Test
	void aFinishedUploadLeavesNoPartBehindEvenWhenTheLibraryRefusesIt() throws Exception {
		var uploads = new ResumableUploads(new ResumableUploadProperties(null, Duration.ofHours(1), false), evidence(),
				app(), messages(), new SimpleMeterRegistry());
		var location = create(uploads, 10);
		var response = new MockHttpServletResponse();
		uploads.handle(patchRequest(location, 0, new ByteArrayInputStream(bytes(10))), response, Locale.forLanguageTag("id"),
				() -> RINA, file -> {
					throw new id.monevkip.shared.BusinessException("files", "evidence.refused.program");
				});

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("program komputer");
		assertThat(head(uploads, location).getStatus()).isEqualTo(404);
	}

	private ResumableUploads uploads(Duration expiry) {
		return new ResumableUploads(new ResumableUploadProperties(null, expiry, false), evidence(), app(), messages(),
				new SimpleMeterRegistry());
	}

	private EvidenceProperties evidence() {
		return new EvidenceProperties(null, DataSize.ofMegabytes(20), List.of("application/pdf"));
	}

	private AppProperties app() {
		return new AppProperties(dataDir, false, new AppProperties.Admin(null, null), false, "http://localhost");
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/evidence");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private String create(ResumableUploads uploads, long length) throws IOException {
		var request = new MockHttpServletRequest("POST", URI);
		request.addHeader("Tus-Resumable", "1.0.0");
		request.addHeader("Upload-Length", String.valueOf(length));
		request.addHeader("Upload-Metadata", "filename YS5wZGY=");
		var response = new MockHttpServletResponse();
		uploads.handle(request, response, Locale.ENGLISH, () -> RINA, this::store);
		assertThat(response.getStatus()).isEqualTo(201);
		return response.getHeader("Location");
	}

	private MockHttpServletResponse patch(ResumableUploads uploads, String location, long offset, InputStream body)
			throws IOException {
		var response = new MockHttpServletResponse();
		uploads.handle(patchRequest(location, offset, body), response, Locale.ENGLISH, () -> RINA, this::store);
		return response;
	}

	private static MockHttpServletRequest patchRequest(String location, long offset, InputStream body) {
		var request = new MockHttpServletRequest("PATCH", location) {

			@Override
			public ServletInputStream getInputStream() {
				return new ServletInputStream() {

					@Override
					public int read() throws IOException {
						return body.read();
					}

					@Override
					public int read(byte[] b, int off, int len) throws IOException {
						return body.read(b, off, len);
					}

					@Override
					public boolean isFinished() {
						return false;
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setReadListener(ReadListener listener) {
					}
				};
			}
		};
		request.addHeader("Tus-Resumable", "1.0.0");
		request.addHeader("Upload-Offset", String.valueOf(offset));
		request.addHeader("Content-Type", "application/offset+octet-stream");
		return request;
	}

	private MockHttpServletResponse head(ResumableUploads uploads, String location) throws IOException {
		var request = new MockHttpServletRequest("HEAD", location);
		request.addHeader("Tus-Resumable", "1.0.0");
		var response = new MockHttpServletResponse();
		uploads.handle(request, response, Locale.ENGLISH, () -> RINA, this::store);
		return response;
	}

	private String store(EvidenceUpload upload) {
		try (var in = upload.content().getInputStream()) {
			var content = StreamUtils.copyToByteArray(in);
			stored.add(new String(content, StandardCharsets.ISO_8859_1));
			return "stored " + content.length;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] bytes(int length) {
		var bytes = new byte[length];
		for (int i = 0; i < length; i++) {
			bytes[i] = (byte) (i * 31 + 7);
		}
		return bytes;
	}

	/** Gives this many bytes, then fails as a reset connection does. */
	static class DroppingStream extends InputStream {

		private final byte[] bytes;

		private final int dropAt;

		private int position;

		DroppingStream(byte[] bytes, int dropAt) {
			this.bytes = bytes;
			this.dropAt = dropAt;
		}

		@Override
		public int read() throws IOException {
			if (position >= dropAt) {
				throw new IOException("Connection reset by peer");
			}
			return bytes[position++] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (position >= dropAt) {
				throw new IOException("Connection reset by peer");
			}
			int n = Math.min(len, dropAt - position);
			System.arraycopy(bytes, position, b, off, n);
			position += n;
			return n;
		}

	}

}
