package id.monevkip.submission.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.cycle.Stage;
import id.monevkip.questionnaire.InstrumentStatus;
import id.monevkip.questionnaire.InstrumentView;
import id.monevkip.questionnaire.QuestionnaireManagement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the submission a respondent works on and what comes with it. A submission of another body does not
 * exist for the user (404), whatever id they type.
 */
@Service
@RequiredArgsConstructor
public class Workspaces {

	private final SubmissionRepository submissions;

	private final RevisionRoundRepository revisions;

	private final CycleManagement cycles;

	private final QuestionnaireManagement questionnaires;

	private final Clock clock;

	/**
	 * Published instruments by id. A published instrument never changes once its cycle's SAQ has opened (and no
	 * submission exists before that), so every autosave need not load all indicators and questions again.
	 */
	private final Map<Long, InstrumentView> publishedInstruments = new ConcurrentHashMap<>();

	/**
	 * The body's submission in the cycle it works in now (see {@link CycleManagement#currentFor}), created on the
	 * first visit once the SAQ window has opened.
	 * Tells why there is none otherwise.
	 */
	@Transactional
	public Entry current(CurrentUser user) {
		if (user.bodyId() == null) {
			return new Entry.Unavailable("submission.unavailable.noBody", null);
		}
		var cycle = cycles.currentFor(user.bodyId());
		if (cycle.isEmpty()) {
			return new Entry.Unavailable("submission.unavailable.notParticipant", cycles.current().orElse(null));
		}
		var cycleId = cycle.get().id();
		var participant = cycles.participant(cycleId, user.bodyId()).orElseThrow();
		var existing = submissions.findByCycleIdAndBodyId(cycleId, user.bodyId());
		if (existing.isPresent()) {
			return new Entry.Ready(load(existing.get(), cycle.get()));
		}
		var saq = cycle.get().window(Stage.SAQ);
		if (saq.isEmpty() || clock.instant().isBefore(saq.get().opensAt())) {
			return new Entry.Unavailable("submission.unavailable.notYetOpen", cycle.get());
		}
		var instrument = questionnaires.instrumentFor(cycleId, participant.categoryId());
		if (instrument.isEmpty()) {
			return new Entry.Unavailable("submission.unavailable.noInstrument", cycle.get());
		}
		submissions.createIfAbsent(cycleId, user.bodyId(), participant.categoryId(), instrument.get().id(),
				clock.instant());
		var created = submissions.findByCycleIdAndBodyId(cycleId, user.bodyId()).orElseThrow();
		return new Entry.Ready(load(created, cycle.get()));
	}

	/** The user's own body's submission; 404 for any other. */
	@Transactional(readOnly = true)
	public Workspace of(CurrentUser user, long submissionId) {
		return load(own(user, submissions.findById(submissionId).orElse(null), submissionId));
	}

	/** Like {@link #of} with a shared lock on the submission, inside the caller's transaction, for a change. */
	public Workspace forChange(CurrentUser user, long submissionId) {
		own(user, submissions.findById(submissionId).orElse(null), submissionId);
		submissions.markStarted(submissionId);
		return load(own(user, submissions.lockForChange(submissionId).orElse(null), submissionId));
	}

	/** Like {@link #of} with the exclusive lock for sealing, inside the caller's transaction. */
	public Workspace forSeal(CurrentUser user, long submissionId) {
		return load(own(user, submissions.lockForSeal(submissionId).orElse(null), submissionId));
	}

	/** Any submission by id, for the module's API (assessment, progress), which check scope themselves. */
	public Workspace byId(long submissionId) {
		return load(submissions.findById(submissionId)
			.orElseThrow(() -> new NotFoundException("Submission " + submissionId)));
	}

	Workspace load(Submission submission) {
		return load(submission, cycles.cycle(submission.getCycleId()));
	}

	private Workspace load(Submission submission, CycleView cycle) {
		var saq = cycle.window(Stage.SAQ).orElseThrow();
		var closesAt = cycles.closesAtFor(cycle.id(), Stage.SAQ, submission.getBodyId(), submission.getCategoryId())
			.orElse(saq.closesAt());
		var revision = revisions.findFirstBySubmissionIdAndClosedAtIsNullOrderByOpenedAtDesc(submission.id())
			.orElse(null);
		return new Workspace(submission, cycle, instrument(submission.getInstrumentId()),
				new EditWindow(saq.opensAt(), closesAt, revision));
	}

	/** An instrument by id, published ones from the cache. */
	public InstrumentView instrument(long instrumentId) {
		var cached = publishedInstruments.get(instrumentId);
		if (cached != null) {
			return cached;
		}
		var loaded = questionnaires.instrument(instrumentId);
		if (loaded.status() == InstrumentStatus.PUBLISHED) {
			if (publishedInstruments.size() > 500) {
				publishedInstruments.clear();
			}
			publishedInstruments.put(instrumentId, loaded);
		}
		return loaded;
	}

	private static Submission own(CurrentUser user, @Nullable Submission submission, long submissionId) {
		if (submission == null || user.bodyId() == null || submission.getBodyId() != user.bodyId()) {
			throw new NotFoundException("Submission " + submissionId);
		}
		return submission;
	}

	/** What the respondent home finds: a submission to work on, or the reason there is none. */
	public sealed interface Entry {

		record Ready(Workspace workspace) implements Entry {
		}

		record Unavailable(String reasonKey, @Nullable CycleView cycle) implements Entry {
		}

	}

}
