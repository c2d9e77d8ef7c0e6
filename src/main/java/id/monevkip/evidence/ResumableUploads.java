package id.monevkip.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import id.monevkip.evidence.file.EvidenceProperties;
import id.monevkip.evidence.upload.CapturingResponse;
import id.monevkip.evidence.upload.PlainContentTypeRequest;
import id.monevkip.evidence.upload.ResumableUploadProperties;
import id.monevkip.shared.AppProperties;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.extern.slf4j.Slf4j;
import me.desair.tus.server.TusFileUploadService;
import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.upload.UploadInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Uploads that survive a dropped connection (tus 1.0, by tus-java-server). The parts live on disk under
 * {@code app.uploads.location}, never in memory; a PATCH must continue exactly at the offset the server has (else
 * 409) and may carry an {@code Upload-Checksum} of its bytes (a mismatch is refused and those bytes dropped). When
 * the last byte arrives the file goes through the library's one upload path (content sniffing, size limits,
 * SHA-256 content addressing, the row), and the part is removed whatever that path decided. Unfinished parts
 * expire after {@code app.uploads.expiry} without new bytes and are removed by {@link #cleanup()}.
 */
@Slf4j
@Service
public class ResumableUploads {

	/** The upload URLs of every tus endpoint: the library's and each question's; the id follows the match. */
	static final String UPLOAD_URI = "/(evidence/bodies/[0-9]+|respondent/submissions/[0-9]+/answers/[0-9]+)/uploads";

	private final TusFileUploadService tus;

	private final MessageSource messages;

	private final long maxBytes;

	private final Counter receivedBytes;

	private final Counter resumedPatches;

	public ResumableUploads(ResumableUploadProperties properties, EvidenceProperties evidence, AppProperties app,
			MessageSource messages, MeterRegistry meters) {
		this.messages = messages;
		this.maxBytes = evidence.maxFileSize().toBytes();
		var location = properties.locationOr(app.dataDir()).toAbsolutePath().normalize();
		this.tus = new TusFileUploadService().withStoragePath(location.toString())
			.withUploadUri(UPLOAD_URI)
			.withMaxUploadSize(maxBytes)
			.withUploadExpirationPeriod(properties.expiry().toMillis())
			// A concatenated upload could name parts by id only; every upload here is one file of one owner.
			.disableTusExtension("concatenation");
		this.receivedBytes = Counter.builder("evidence.uploads.resumable.received")
			.baseUnit("bytes")
			.description("Bytes of resumable evidence uploads received and kept")
			.register(meters);
		this.resumedPatches = Counter.builder("evidence.uploads.resumable.resumed")
			.description("PATCH requests that continued an upload from a non-zero offset")
			.register(meters);
	}

	/**
	 * Answers one tus request (POST creates, HEAD tells the offset, PATCH appends, DELETE gives up, OPTIONS
	 * describes). Refusals are short texts in the user's language. When a PATCH completes the upload,
	 * {@code finish} receives the file and returns the text for the uploader (200); a {@link BusinessException}
	 * from it answers 422 with its message. Either way the part is gone afterwards.
	 *
	 * @param target who uploads where; resolved per request, so its checks (scope, deadline) hold every time
	 */
	public void handle(HttpServletRequest request, HttpServletResponse response, Locale locale,
			Supplier<UploadTarget> target, Function<EvidenceUpload, String> finish) throws IOException {
		UploadTarget owner;
		try {
			owner = target.get();
		}
		catch (NotFoundException ex) {
			text(response, HttpServletResponse.SC_NOT_FOUND, message("evidence.resumable.notFound", locale));
			return;
		}
		catch (BusinessException ex) {
			text(response, 422, messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return;
		}
		var method = request.getMethod();
		if ("POST".equals(method)) {
			var refusal = creationRefusal(request, owner, locale);
			if (refusal != null) {
				text(response, refusal.status(), refusal.text());
				return;
			}
		}
		var uri = request.getRequestURI();
		long before = "PATCH".equals(method) ? offset(uri, owner) : -1;
		var captured = new CapturingResponse(response);
		try {
			tus.process(new PlainContentTypeRequest(request), captured, owner.ownerKey());
		}
		catch (IOException dropped) {
			// The connection broke while the bytes came in: what arrived is kept for the client to continue from.
			log.info("Resumable upload {} {} interrupted: {}", method, uri, dropped.toString());
			return;
		}
		finally {
			if ("PATCH".equals(method) && before >= 0) {
				count(uri, owner, before);
			}
		}
		if (captured.untouched()) {
			text(response, 423, message("evidence.resumable.busy", locale));
			return;
		}
		if (captured.error() != null) {
			log.info("Resumable upload {} {} refused with {}: {}", method, uri, captured.getStatus(), captured.error());
			text(response, captured.getStatus(), refusalText(captured.getStatus(), owner, locale));
			return;
		}
		if ("PATCH".equals(method)) {
			var info = info(uri, owner);
			if (info != null && !info.isUploadInProgress()) {
				complete(uri, owner, info, response, finish, locale);
			}
		}
	}

	private record Refusal(int status, String text) {
	}

	/**
	 * The length must be known, above zero and within the place's limit before any byte is accepted: the library
	 * itself only knows the library's limit, and a deferred length would skip the check.
	 */
	private @Nullable Refusal creationRefusal(HttpServletRequest request, UploadTarget owner, Locale locale) {
		var header = request.getHeader("Upload-Length");
		long length;
		try {
			length = header == null ? -1 : Long.parseLong(header.strip());
		}
		catch (NumberFormatException ex) {
			length = -1;
		}
		if (length < 0 || request.getHeader("Upload-Defer-Length") != null || request.getHeader("Upload-Concat") != null) {
			return new Refusal(HttpServletResponse.SC_BAD_REQUEST, message("evidence.resumable.lengthRequired", locale));
		}
		if (length == 0) {
			return new Refusal(422, message("evidence.refused.empty", locale));
		}
		if (length > limit(owner)) {
			return new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					message("evidence.refused.tooLarge", locale, EvidenceManagement.megabytes(limit(owner))));
		}
		return null;
	}

	private long limit(UploadTarget owner) {
		return Math.min(owner.maxBytes(), maxBytes);
	}

	private String refusalText(int status, UploadTarget owner, Locale locale) {
		return switch (status) {
			case HttpServletResponse.SC_NOT_FOUND, HttpServletResponse.SC_GONE -> message("evidence.resumable.notFound", locale);
			case HttpServletResponse.SC_CONFLICT -> message("evidence.resumable.offset", locale);
			case 460 -> message("evidence.resumable.checksum", locale);
			case HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE ->
				message("evidence.refused.tooLarge", locale, EvidenceManagement.megabytes(limit(owner)));
			case 423 -> message("evidence.resumable.busy", locale);
			default -> message("evidence.resumable.invalid", locale);
		};
	}

	/** The last byte arrived: the file goes through the library's upload path, then the part is removed. */
	private void complete(String uri, UploadTarget owner, UploadInfo info, HttpServletResponse response,
			Function<EvidenceUpload, String> finish, Locale locale) throws IOException {
		var name = info.getFileName() == null ? "berkas" : info.getFileName();
		try {
			if (!sameAsDeclared(uri, owner, info)) {
				text(response, 422, message("evidence.resumable.differs", locale));
				return;
			}
			var text = finish.apply(new EvidenceUpload(name, () -> {
				try {
					return tus.getUploadedBytes(uri, owner.ownerKey());
				}
				catch (TusException ex) {
					throw new NotFoundException("Upload " + uri);
				}
			}));
			text(response, HttpServletResponse.SC_OK, text);
		}
		catch (BusinessException refused) {
			text(response, 422, messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		finally {
			try {
				tus.deleteUpload(uri, owner.ownerKey());
			}
			catch (TusException | IOException ex) {
				log.warn("Could not remove the finished upload part {}: {} (the cleanup job will)", uri, ex.toString());
			}
		}
	}

	/**
	 * Whether the bytes received are the file the client declared at creation ({@code sha256} metadata, hex): a
	 * resumed upload whose later parts came from another file (changed on the device meanwhile, or forged) has
	 * parts that each arrived intact but do not make up one file. Without a declaration there is nothing to
	 * compare (browsers without WebCrypto on plain HTTP); the per-part checksums still apply then.
	 */
	private boolean sameAsDeclared(String uri, UploadTarget owner, UploadInfo info) throws IOException {
		var declared = info.getMetadata().get("sha256");
		if (declared == null || declared.isBlank()) {
			return true;
		}
		try (var in = tus.getUploadedBytes(uri, owner.ownerKey())) {
			var digest = MessageDigest.getInstance("SHA-256");
			var buffer = new byte[64 * 1024];
			for (int read; (read = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(declared.strip());
		}
		catch (TusException ex) {
			throw new NotFoundException("Upload " + uri);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void count(String uri, UploadTarget owner, long before) {
		var after = info(uri, owner);
		long now = after == null ? before : after.getOffset();
		if (now > before) {
			receivedBytes.increment(now - before);
		}
		if (before > 0) {
			resumedPatches.increment();
			log.info("Resumable upload {} continued at offset {} (now {})", uri, before, now);
		}
	}

	/** The offset the server has, or -1 when the upload is not this owner's. */
	private long offset(String uri, UploadTarget owner) {
		var info = info(uri, owner);
		return info == null ? -1 : info.getOffset();
	}

	private @Nullable UploadInfo info(String uri, UploadTarget owner) {
		try {
			return tus.getUploadInfo(uri, owner.ownerKey());
		}
		catch (TusException ex) {
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes unfinished uploads whose expiry has passed (and stale locks); run by the scheduled job. */
	public void cleanup() {
		try {
			tus.cleanup();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static void text(HttpServletResponse response, int status, String text) throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain;charset=UTF-8");
		var bytes = text.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

}
