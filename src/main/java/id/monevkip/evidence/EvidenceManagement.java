package id.monevkip.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

import id.monevkip.directory.DirectoryManagement;
import id.monevkip.evidence.file.BlobTooLargeException;
import id.monevkip.evidence.file.EvidenceFile;
import id.monevkip.evidence.file.EvidenceFileRepository;
import id.monevkip.evidence.file.EvidenceProperties;
import id.monevkip.evidence.file.EvidenceStorage;
import id.monevkip.evidence.file.EvidenceTypes;
import id.monevkip.evidence.file.FileNames;
import id.monevkip.evidence.file.StoredBlob;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The evidence library of public bodies. Respondents and coordinators add files for the bodies they act for;
 * everybody who may see a body may read its files. A file of a body the user cannot see does not exist for them.
 * Links are in {@link EvidenceLinks}.
 */
@Slf4j
@Service
public class EvidenceManagement {

	/** Enough for Tika to read the file's signature and rewind; the rest streams straight to disk. */
	private static final int SNIFF_BUFFER = 64 * 1024;

	private static final BigDecimal MEGABYTE = BigDecimal.valueOf(DataSize.ofMegabytes(1).toBytes());

	private final EvidenceFileRepository files;

	private final EvidenceStorage storage;

	private final EvidenceTypes types;

	private final EvidenceProperties properties;

	private final DirectoryManagement directory;

	private final Clock clock;

	private final TransactionTemplate transaction;

	public EvidenceManagement(EvidenceFileRepository files, EvidenceStorage storage, EvidenceTypes types,
			EvidenceProperties properties, DirectoryManagement directory, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.files = files;
		this.storage = storage;
		this.types = types;
		this.properties = properties;
		this.directory = directory;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** Largest accepted file in whole megabytes, for messages. */
	public long maxFileSizeMegabytes() {
		return properties.maxFileSize().toMegabytes();
	}

	/** Largest accepted file in bytes (the configured limit), e.g. for a browser-side check. */
	public long maxFileSizeBytes() {
		return properties.maxFileSize().toBytes();
	}

	/**
	 * Where a resumable upload of this user into the body's library goes; 404 when the user may not add files
	 * for the body (the same check as {@link #upload}).
	 *
	 * @param limit a smaller limit for this upload (e.g. a question's own); the configured one applies anyway
	 */
	public UploadTarget uploadTarget(CurrentUser user, long bodyId, String place, @Nullable DataSize limit) {
		requireUploader(user, bodyId);
		return new UploadTarget(user.accountId(), bodyId, place, effectiveLimit(limit));
	}

	private void requireUploader(CurrentUser user, long bodyId) {
		if (!(user.has(Role.RESPONDENT) || user.has(Role.COORDINATOR)) || !directory.isVisible(user, bodyId)) {
			throw new NotFoundException("Body " + bodyId);
		}
	}

	/** As {@link #upload(CurrentUser, long, EvidenceUpload, DataSize)} with the configured limit only. */
	public EvidenceUploadResult upload(CurrentUser user, long bodyId, EvidenceUpload upload) {
		return upload(user, bodyId, upload, null);
	}

	/**
	 * Adds a file to the body's library. The same bytes uploaded again by the same body (also at the same
	 * moment) give back the existing item. Refuses empty files, files over the limit and types not on the list;
	 * nothing is stored then. Runs outside a transaction: the bytes stream to storage first and only the short
	 * insert holds a database connection.
	 *
	 * @param limit a smaller limit for this upload (e.g. a question's own); the configured one applies anyway
	 */
	public EvidenceUploadResult upload(CurrentUser user, long bodyId, EvidenceUpload upload, @Nullable DataSize limit) {
		requireUploader(user, bodyId);
		long maxBytes = effectiveLimit(limit);
		var name = FileNames.sanitise(upload.originalName());
		// A second round only when a failing upload of the same bytes removed the blob between our store and
		// our insert: the bytes are then stored again.
		for (int attempt = 0; attempt < 2; attempt++) {
			var stored = store(upload, name, maxBytes);
			var blob = stored.blob();
			try {
				var result = transaction.execute(status -> record(user, bodyId, blob, name, stored.contentType()));
				if (result != null) {
					return result;
				}
			}
			catch (RuntimeException ex) {
				if (blob.created()) {
					discardIfUnreferenced(blob.sha256());
				}
				throw ex;
			}
		}
		throw new IllegalStateException("Evidence blob vanished twice while recording " + name);
	}

	private record Stored(StoredBlob blob, String contentType) {
	}

	private Stored store(EvidenceUpload upload, String name, long maxBytes) {
		try (var in = new BufferedInputStream(upload.content().getInputStream(), SNIFF_BUFFER)) {
			in.mark(1);
			if (in.read() == -1) {
				throw new BusinessException("files", "evidence.refused.empty");
			}
			in.reset();
			var contentType = types.check(in, name);
			try {
				return new Stored(storage.store(in, maxBytes), contentType);
			}
			catch (BlobTooLargeException ex) {
				throw new BusinessException("files", "evidence.refused.tooLarge", megabytes(maxBytes));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The row for the blob, or {@code null} when the blob is gone (see {@link #discardIfUnreferenced}). */
	private @Nullable EvidenceUploadResult record(CurrentUser user, long bodyId, StoredBlob blob, String name,
			String contentType) {
		files.lockBlobShared(blob.sha256());
		if (!storage.exists(blob.sha256())) {
			return null;
		}
		int added = files.insertIfAbsent(bodyId, blob.sha256(), name, contentType, blob.size(), user.accountId(),
				clock.instant());
		var file = files.findByBodyIdAndSha256(bodyId, blob.sha256()).orElseThrow();
		return new EvidenceUploadResult(file.toView(), added == 0);
	}

	/**
	 * Removes a blob this upload wrote when its row could not be stored, unless a row of any body refers to
	 * the same bytes (the store is shared by all bodies).
	 */
	private void discardIfUnreferenced(String sha256) {
		try {
			transaction.executeWithoutResult(status -> {
				files.lockBlobExclusive(sha256);
				if (!files.existsBySha256(sha256)) {
					try {
						storage.delete(sha256);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			});
		}
		catch (RuntimeException ex) {
			log.warn("Could not remove unreferenced evidence blob {}: {}", sha256, ex.toString());
		}
	}

	private long effectiveLimit(@Nullable DataSize limit) {
		long configured = properties.maxFileSize().toBytes();
		return limit == null ? configured : Math.min(configured, Math.max(0, limit.toBytes()));
	}

	/** The limit in megabytes for messages: whole when it is whole, else one decimal (0.5 MB). */
	static BigDecimal megabytes(long bytes) {
		var value = BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, RoundingMode.DOWN).stripTrailingZeros();
		return value.scale() < 0 ? value.setScale(0) : value;
	}

	/** The body's library, newest first; 404 when the user may not see the body. */
	@Transactional(readOnly = true)
	public List<EvidenceFileView> files(CurrentUser user, long bodyId) {
		if (!directory.isVisible(user, bodyId)) {
			throw new NotFoundException("Body " + bodyId);
		}
		return files.findByBodyIdOrderByUploadedAtDescIdDesc(bodyId).stream().map(EvidenceFile::toView).toList();
	}

	/** One file; 404 when it does not exist or belongs to a body the user may not see. */
	@Transactional(readOnly = true)
	public EvidenceFileView file(CurrentUser user, long fileId) {
		var file = files.findById(fileId).orElseThrow(() -> new NotFoundException("Evidence file " + fileId));
		if (!directory.isVisible(user, file.getBodyId())) {
			throw new NotFoundException("Evidence file " + fileId);
		}
		return file.toView();
	}

	/**
	 * The files with these ids in one query, in no particular order; unknown ids are left out. No scope check:
	 * the caller compares each {@link EvidenceFileView#bodyId()} with the body it works for.
	 */
	@Transactional(readOnly = true)
	public List<EvidenceFileView> filesByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return files.findByIdIn(ids).stream().map(EvidenceFile::toView).toList();
	}

	/**
	 * A file with its bytes by id, without a scope check: for the submission module, which serves a file only to
	 * the assessors of a submission the file was sealed in. 404 when the file is gone.
	 */
	@Transactional(readOnly = true)
	public EvidenceContent contentOf(long fileId) {
		var view = files.findById(fileId).orElseThrow(() -> new NotFoundException("Evidence file " + fileId)).toView();
		return new EvidenceContent(view, new InputStreamResource(() -> storage.open(view.sha256()), view.originalName()));
	}

	/** The file with its bytes, opened when the response is written. */
	@Transactional(readOnly = true)
	public EvidenceContent content(CurrentUser user, long fileId) {
		var view = file(user, fileId);
		return new EvidenceContent(view, new InputStreamResource(() -> storage.open(view.sha256()), view.originalName()));
	}

}
