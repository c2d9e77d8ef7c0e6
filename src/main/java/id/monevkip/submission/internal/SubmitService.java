package id.monevkip.submission.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import id.monevkip.evidence.LinkCheckTrigger;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Wita;
import id.monevkip.submission.SubmissionSubmitted;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sending: the completeness check (which checks the attached links first) and sealing. Sealing takes the
 * submission's exclusive lock, so no answer changes between the check and the snapshot, and refuses after the
 * deadline whatever the page in the browser shows.
 */
@Service
@RequiredArgsConstructor
public class SubmitService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Workspaces workspaces;

	private final SubmissionReader reader;

	private final SubmissionSnapshotRepository snapshots;

	private final SubmissionRepository submissions;

	private final RevisionRoundRepository revisions;

	private final EvidenceGateway evidence;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** What is still missing; checks the links attached to answers first (outside any transaction: slow servers). */
	public Completeness check(CurrentUser user, long submissionId) {
		var workspace = workspaces.of(user, submissionId);
		var states = reader.questions(user, workspace).values();
		var linkIds = states.stream().flatMap(s -> s.evidence().stream()).filter(a -> !a.fileAttached())
			.map(a -> a.link().id()).distinct().toList();
		evidence.checkLinks(user, linkIds, LinkCheckTrigger.SENDING);
		return Completeness.of(reader.questions(user, workspace).values(), workspace.cycle().brokenLinksBlock());
	}

	/** What is still missing by the links' last checks, without checking again (the confirmation page). */
	public Completeness summary(CurrentUser user, long submissionId) {
		var workspace = workspaces.of(user, submissionId);
		return Completeness.of(reader.questions(user, workspace).values(), workspace.cycle().brokenLinksBlock());
	}

	/**
	 * Seals the submission when nothing is missing. Links are checked again first; one that does not open is sealed
	 * with that outcome (the assessor sees it), and stops sending only when the cycle makes broken links blocking.
	 *
	 * @return the sealed snapshot, or the problems when something is missing (nothing sealed then)
	 */
	public Outcome submit(CurrentUser user, long submissionId) {
		var before = check(user, submissionId);
		if (!before.complete()) {
			return new Outcome(null, before);
		}
		return transaction.execute(status -> {
			var workspace = workspaces.forSeal(user, submissionId);
			var now = clock.instant();
			var refusal = workspace.window().submitRefusal(workspace.submission().getStatus(), now);
			if (refusal.isPresent()) {
				throw new BusinessException(null, refusal.get(),
						Wita.text(workspace.window().deadline(workspace.submission().getStatus())));
			}
			var states = reader.questions(user, workspace).values();
			var completeness = Completeness.of(states, workspace.cycle().brokenLinksBlock());
			if (!completeness.complete()) {
				return new Outcome(null, completeness);
			}
			var submission = workspace.submission();
			var round = submission.seal(user.displayName(), now);
			submissions.save(submission);
			revisions.findFirstBySubmissionIdAndClosedAtIsNullOrderByOpenedAtDesc(submissionId)
				.ifPresent(open -> open.close(now));
			var content = SnapshotContent.of(workspace, round, now, states);
			var json = JSON.writeValueAsString(content);
			var snapshot = snapshots.save(new SubmissionSnapshot(submissionId, round, now, user.accountId(),
					user.displayName(), content.answers().size(), content.evidenceCount(), json, sha256(json)));
			events.publishEvent(new SubmissionSubmitted(submissionId, submission.getCycleId(), submission.getBodyId(),
					round, now, user.accountId()));
			return new Outcome(snapshot, completeness);
		});
	}

	/** A sealed round of the user's own body. */
	public SubmissionSnapshot receipt(CurrentUser user, long submissionId, int round) {
		workspaces.of(user, submissionId);
		return snapshots.findBySubmissionIdAndRound(submissionId, round)
			.orElseThrow(() -> new NotFoundException("Snapshot " + submissionId + "/" + round));
	}

	public List<SubmissionSnapshot> receipts(long submissionId) {
		return snapshots.findBySubmissionIdOrderByRoundDesc(submissionId);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What sending did: the sealed snapshot, or what is missing. */
	public record Outcome(@Nullable SubmissionSnapshot snapshot, Completeness completeness) {

		public boolean sealed() {
			return snapshot != null;
		}

	}

}
