package id.monevkip.submission.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.cycle.DemoCycles;
import id.monevkip.cycle.Stage;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.ApplicationClock;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Last year's questionnaires: every participant of the finished demo cycle filled and sent its SAQ during that
 * year's SAQ window, through the same services respondents use, replayed at last year's dates
 * ({@link ApplicationClock#replay}). Diligence differs per body (seeded by its code, so every installation gets the
 * same figures) so that verification, panels and the decree that follow have a plausible spread. Links are left out:
 * sending checks every link live, and a demo must not depend on the internet.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 42)
@RequiredArgsConstructor
class PreviousCycleDemoData implements ApplicationRunner {

	private final DemoCycles demoCycles;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final SubmissionRepository submissions;

	private final Workspaces workspaces;

	private final AnswerService answers;

	private final SubmitService submit;

	private final AnswerEvidenceRepository attachments;

	private final UserDetailsService users;

	private final ApplicationClock clock;

	@Override
	public void run(ApplicationArguments args) {
		var finished = demoCycles.lastYear();
		if (finished.isEmpty() || submissions.countByCycleId(finished.get().id()) > 0) {
			return;
		}
		var cycle = finished.get();
		var window = cycle.window(Stage.SAQ).orElseThrow();
		var operator = (CurrentUser) users.loadUserByUsername("admin@kipkaltim.test");
		var bodies = directory.bodies(cycles.participants(cycle.id()).stream().map(p -> p.bodyId()).toList());
		int sent = 0;
		for (int i = 0; i < bodies.size(); i++) {
			var body = bodies.get(i);
			// spread over the first weeks of the window, the way real bodies trickle in
			var moment = window.opensAt().plus(Duration.ofHours(6L + 7L * i));
			if (!moment.isBefore(window.closesAt())) {
				moment = window.closesAt().minus(Duration.ofHours(1));
			}
			if (clock.replay(moment, () -> fillAndSend(cycle, body, operator))) {
				sent++;
			}
		}
		log.info("Demo {}: {} questionnaires sent in last year's window", cycle.title(), sent);
	}

	/** The body's PPID as it acted last year; the operator's account only stands in for its id. */
	private boolean fillAndSend(CycleView cycle, BodyView body, CurrentUser operator) {
		var user = new CurrentUser(operator.accountId(), operator.email(), "PPID " + body.name(), operator.passwordHash(),
				body.id(), Set.of(Role.RESPONDENT), true, false, false);
		if (!(workspaces.current(user) instanceof Workspaces.Entry.Ready ready)
				|| ready.workspace().submission().getCycleId() != cycle.id()) {
			return false;
		}
		var workspace = ready.workspace();
		var random = new Random(body.code().hashCode());
		// how thoroughly this body works: from a third of the items up to nearly all of them
		double diligence = 0.35 + 0.63 * random.nextDouble();
		Long fileId = null;
		for (var indicator : workspace.instrument().indicators()) {
			for (var question : indicator.questions()) {
				var value = answer(question, diligence, random);
				var saved = answers.save(user, workspace.id(), question.id(), value, null);
				if (!AnswerValues.claims(question, saved.getValue())) {
					continue;
				}
				if (fileId == null) {
					answers.upload(user, workspace.id(), question.id(), new EvidenceUpload(
							"Dokumen PPID " + body.code() + " " + cycle.assessedYear() + ".pdf",
							new ByteArrayResource(SubmissionDemoData.pdf(body.name() + " " + cycle.assessedYear()))));
					fileId = attachments.findBySubmission(workspace.id())
						.stream()
						.filter(a -> a.getFileId() != null)
						.findFirst()
						.orElseThrow()
						.getFileId();
				}
				else {
					answers.attachFile(user, workspace.id(), question.id(), fileId, false);
				}
			}
		}
		return submit.submit(user, workspace.id()).sealed();
	}

	/** A value this body would give: claims with the body's diligence, never one that only a link can prove. */
	private static List<String> answer(QuestionView question, double diligence, Random random) {
		boolean linkOnly = question.evidenceRequirement() == EvidenceRequirement.LINK;
		boolean claim = !linkOnly && random.nextDouble() < diligence;
		switch (question.answerType()) {
			case YES_NO:
				return List.of(claim ? "YES" : "NO");
			case SINGLE_CHOICE: {
				var options = new ArrayList<>(question.options());
				options.sort(Comparator.comparing(QuestionView.Option::fraction).reversed());
				if (!claim) {
					return List.of(options.get(options.size() - 1).code());
				}
				int index = (int) Math.floor((1 - diligence) * random.nextDouble() * options.size());
				return List.of(options.get(Math.min(index, options.size() - 1)).code());
			}
			case CHECKLIST:
				return question.elements()
					.stream()
					.filter(e -> !linkOnly && random.nextDouble() < diligence)
					.map(QuestionView.Element::code)
					.toList();
			case NUMBER:
				return List.of(claim ? String.valueOf(1 + random.nextInt(24)) : "0");
			default:
				return List.of("Layanan informasi berjalan sesuai rencana kerja PPID.");
		}
	}

}
