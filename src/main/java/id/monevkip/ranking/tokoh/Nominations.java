package id.monevkip.ranking.tokoh;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominations for the tokoh award, entered by admins (any) and coordinators (their own only; someone else's is
 * 404 to them). Who may see a nomination (and download its documents): admins and commissioners, the jurors on
 * the cycle's team, and the coordinator who entered it.
 */
@Service
@RequiredArgsConstructor
class Nominations {

	private final NominationRepository nominations;

	private final TokohDocumentRepository documents;

	private final TokohJurorRepository jurors;

	private final DocumentStore store;

	private final Rounds rounds;

	private final Clock clock;

	/** A file as uploaded with the form. */
	record Upload(String fileName, byte[] content) {
	}

	/** The nominations the user entered in the cycle, or all of them for an admin. */
	@Transactional(readOnly = true)
	List<NominationView> list(long cycleId, CurrentUser user) {
		var found = user.has(Role.ADMIN) || user.has(Role.COMMISSIONER) ? nominations.findByCycleIdOrderByName(cycleId)
				: nominations.findByCycleIdAndNominatedByIdOrderByName(cycleId, user.accountId());
		return found.stream().map(n -> NominationView.of(n, List.of())).toList();
	}

	@Transactional
	long nominate(long cycleId, NominationForm form, List<Upload> uploads, CurrentUser user) {
		requireNominator(user);
		rounds.requireNominationsOpen(cycleId);
		var types = check(uploads);
		var nomination = nominations.save(new Nomination(cycleId, form, user, clock.instant()));
		attach(nomination.getId(), uploads, types);
		return nomination.getId();
	}

	@Transactional
	void update(long nominationId, NominationForm form, List<Upload> uploads, CurrentUser user) {
		var nomination = editable(nominationId, user);
		rounds.requireNominationsOpen(nomination.getCycleId());
		var types = check(uploads);
		nomination.take(form, clock.instant());
		attach(nominationId, uploads, types);
	}

	/** The nomination for its edit form: 404 unless the user is an admin or the coordinator who entered it. */
	@Transactional(readOnly = true)
	NominationView forEdit(long nominationId, CurrentUser user) {
		var nomination = editable(nominationId, user);
		return NominationView.of(nomination, documents.findByNominationIdOrderById(nominationId));
	}

	@Transactional(readOnly = true)
	NominationView visible(long nominationId, CurrentUser user) {
		var nomination = nominations.findById(nominationId)
			.filter(n -> maySee(n, user))
			.orElseThrow(() -> new NotFoundException("Nomination " + nominationId));
		return NominationView.of(nomination, documents.findByNominationIdOrderById(nominationId));
	}

	/** A document's name, type and file, for someone who may see its nomination; else 404. */
	@Transactional(readOnly = true)
	StoredDocument document(long documentId, CurrentUser user) {
		var document = documents.findById(documentId).orElseThrow(() -> new NotFoundException("Document " + documentId));
		visible(document.getNominationId(), user);
		return new StoredDocument(document.getFileName(), document.getMediaType(), store.path(document.getStoredName()));
	}

	record StoredDocument(String fileName, String mediaType, Path path) {
	}

	private boolean maySee(Nomination n, CurrentUser user) {
		if (user.has(Role.ADMIN) || user.has(Role.COMMISSIONER) || n.editableBy(user)) {
			return true;
		}
		return user.has(Role.JUROR) && jurors.findByCycleIdAndAccountId(n.getCycleId(), user.accountId()).isPresent();
	}

	private Nomination editable(long nominationId, CurrentUser user) {
		return nominations.findById(nominationId)
			.filter(n -> n.editableBy(user))
			.orElseThrow(() -> new NotFoundException("Nomination " + nominationId));
	}

	private static void requireNominator(CurrentUser user) {
		if (!user.has(Role.ADMIN) && !user.has(Role.COORDINATOR)) {
			throw new NotFoundException("Nominations for " + user.accountId());
		}
	}

	/** Every file is checked before anything is saved: one refused file refuses the whole form. */
	private List<String> check(List<Upload> uploads) {
		var types = new ArrayList<String>();
		for (var upload : uploads) {
			types.add(store.check(upload.fileName(), upload.content()));
		}
		return types;
	}

	private void attach(long nominationId, List<Upload> uploads, List<String> types) {
		for (int i = 0; i < uploads.size(); i++) {
			var upload = uploads.get(i);
			var stored = store.store(upload.content());
			documents.save(new TokohDocument(nominationId, upload.fileName(), types.get(i), upload.content().length,
					stored, clock.instant()));
		}
	}

}
