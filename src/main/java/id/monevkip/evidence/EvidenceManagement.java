package id.monevkip.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
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
import lombok.RequiredArgsConstructor;
import org.springframework.core.io.InputStreamResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence library of public bodies. Respondents and coordinators add files for the bodies they act for;
 * everybody who may see a body may read its files. A file of a body the user cannot see does not exist for them.
 */
@Service
@RequiredArgsConstructor
public class EvidenceManagement {

	/** Enough for Tika to read the file's signature and rewind; the rest streams straight to disk. */
	private static final int SNIFF_BUFFER = 64 * 1024;

	private final EvidenceFileRepository files;

	private final EvidenceStorage storage;

	private final EvidenceTypes types;

	private final EvidenceProperties properties;

	private final DirectoryManagement directory;

	private final Clock clock;

	/** Largest accepted file in whole megabytes, for messages. */
	public long maxFileSizeMegabytes() {
		return properties.maxFileSize().toMegabytes();
	}

	/**
	 * Adds a file to the body's library. The same bytes uploaded again by the same body give back the existing
	 * item. Refuses empty files, files over the limit and types not on the list; nothing is stored then.
	 */
	@Transactional
	public EvidenceUploadResult upload(CurrentUser user, long bodyId, EvidenceUpload upload) {
		if (!(user.has(Role.RESPONDENT) || user.has(Role.COORDINATOR)) || !directory.isVisible(user, bodyId)) {
			throw new NotFoundException("Body " + bodyId);
		}
		var name = FileNames.sanitise(upload.originalName());
		try (var in = new BufferedInputStream(upload.content().getInputStream(), SNIFF_BUFFER)) {
			in.mark(1);
			if (in.read() == -1) {
				throw new BusinessException("files", "evidence.refused.empty");
			}
			in.reset();
			var contentType = types.check(in, name);
			var blob = storeWithinLimit(in);
			var existing = files.findByBodyIdAndSha256(bodyId, blob.sha256());
			if (existing.isPresent()) {
				return new EvidenceUploadResult(existing.get().toView(), true);
			}
			var saved = files.save(new EvidenceFile(bodyId, blob, name, contentType, user.accountId(), clock.instant()));
			return new EvidenceUploadResult(saved.toView(), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private StoredBlob storeWithinLimit(BufferedInputStream in) throws IOException {
		try {
			return storage.store(in);
		}
		catch (BlobTooLargeException ex) {
			throw new BusinessException("files", "evidence.refused.tooLarge", maxFileSizeMegabytes());
		}
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

	/** The file with its bytes, opened when the response is written. */
	@Transactional(readOnly = true)
	public EvidenceContent content(CurrentUser user, long fileId) {
		var view = file(user, fileId);
		return new EvidenceContent(view, new InputStreamResource(() -> storage.open(view.sha256()), view.originalName()));
	}

}
