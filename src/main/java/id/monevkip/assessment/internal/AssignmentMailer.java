package id.monevkip.assessment.internal;

import java.util.List;
import java.util.Map;

import id.monevkip.assessment.AssignmentRole;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.notification.NotificationManagement;
import id.monevkip.notification.OutgoingMail;
import id.monevkip.shared.AppProperties;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a verifier or judge which bodies they were given, after the assignment has committed. */
@Component
@RequiredArgsConstructor
class AssignmentMailer {

	private final DirectoryManagement directory;

	private final CycleManagement cycles;

	private final NotificationManagement notifications;

	private final AppProperties app;

	@ApplicationModuleListener
	void on(AssignmentsMade event) {
		var person = directory.contact(event.accountId());
		if (person.isEmpty() || event.bodyIds().isEmpty()) {
			return;
		}
		var bodies = directory.bodies(event.bodyIds()).stream().map(BodyView::name).toList();
		var cycle = cycles.cycle(event.cycleId()).title();
		String home = event.role() == AssignmentRole.VERIFIER ? "/assessor" : "/juror";
		var model = Map.<String, Object>of("recipientName", person.get().displayName(), "cycleName", cycle, "role",
				event.role().name(), "count", bodies.size(), "bodies", bodies, "homeUrl",
				app.publicUrl().replaceAll("/+$", "") + home);
		notifications.send(OutgoingMail
			.of("ASSIGNMENT", List.of(person.get().email()), OutgoingMail.INDONESIAN, "assignment", model,
					List.of(cycle))
			.triggeredBy(event.assignedBy()));
	}

}
