package id.monevkip.submission.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.notification.NotificationManagement;
import id.monevkip.notification.OutgoingMail;
import id.monevkip.shared.AppProperties;
import id.monevkip.shared.Role;
import id.monevkip.shared.Wita;
import id.monevkip.submission.RevisionRequested;
import id.monevkip.submission.SubmissionSubmitted;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the body's respondents about their submission once the change is committed (after the transaction,
 * retried by the event publication registry if the application stops in between): the receipt of every sending
 * and every revision request.
 */
@Component
@RequiredArgsConstructor
class SubmissionMailer {

	private final SubmissionSnapshotRepository snapshots;

	private final SubmissionRepository submissions;

	private final DirectoryManagement directory;

	private final CycleManagement cycles;

	private final NotificationManagement notifications;

	private final AppProperties app;

	private final Workspaces workspaces;

	/** A question the mail lists: its code and text, and the assessor's comment on it when there is one. */
	record ReopenedQuestion(String code, String text, @Nullable String comment) {
	}

	@ApplicationModuleListener
	void on(RevisionRequested event) {
		var submission = submissions.findById(event.submissionId()).orElseThrow();
		var body = directory.bodies(List.of(event.bodyId())).get(0);
		var recipients = directory.contacts(event.bodyId(), Role.RESPONDENT).stream().map(c -> c.email()).distinct().toList();
		if (recipients.isEmpty()) {
			return;
		}
		var workspace = workspaces.byId(event.submissionId());
		var reopened = event.questionCodes().stream()
			.map(code -> new ReopenedQuestion(code,
					workspace.questionByCode(code).map(q -> q.text()).orElse(""), event.comments().get(code)))
			.toList();
		var model = Map.<String, Object>of("bodyName", body.name(), "cycleName",
				cycles.cycle(submission.getCycleId()).title(), "questions", reopened,
				"deadline", Wita.text(event.deadline()), "message", event.message(), "homeUrl",
				app.publicUrl().replaceAll("/+$", "") + "/respondent", "recipientName", body.name());
		notifications.send(OutgoingMail
			.of("REVISION_REQUESTED", recipients, OutgoingMail.INDONESIAN, "revision-requested", model,
					List.of(body.name()))
			.aboutBody(event.bodyId()));
	}

	@ApplicationModuleListener
	void on(SubmissionSubmitted event) {
		var snapshot = snapshots.findBySubmissionIdAndRound(event.submissionId(), event.round()).orElseThrow();
		var body = directory.bodies(List.of(event.bodyId())).get(0);
		var contacts = directory.contacts(event.bodyId(), Role.RESPONDENT);
		if (contacts.isEmpty()) {
			return;
		}
		var recipients = new LinkedHashSet<String>();
		contacts.forEach(contact -> recipients.add(contact.email()));
		var model = Map.<String, Object>of("bodyName", body.name(), "cycleName", cycles.cycle(event.cycleId()).title(),
				"submittedAt", Wita.text(snapshot.getSealedAt()), "round", snapshot.getRound(), "answerCount",
				snapshot.getAnswerCount(), "evidenceCount", snapshot.getEvidenceCount(), "fingerprint",
				snapshot.getFingerprint(), "receiptUrl", app.publicUrl().replaceAll("/+$", "")
						+ "/respondent/submissions/" + event.submissionId() + "/receipts/" + event.round(),
				"recipientName", body.name());
		notifications.send(OutgoingMail
			.of("SUBMISSION_RECEIPT", List.copyOf(recipients), OutgoingMail.INDONESIAN, "submission-receipt", model,
					List.of(body.name()))
			.aboutBody(event.bodyId())
			.triggeredBy(event.submittedBy()));
	}

}
