package id.monevkip.assessment.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.monevkip.assessment.AssessmentManagement;
import id.monevkip.assessment.AssignmentRole;
import id.monevkip.assessment.internal.AssessorService;
import id.monevkip.assessment.internal.AssignmentService;
import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.panel.CriterionCommand;
import id.monevkip.assessment.panel.JudgingService;
import id.monevkip.assessment.panel.Level;
import id.monevkip.assessment.panel.PanelStage;
import id.monevkip.assessment.panel.RubricService;
import id.monevkip.assessment.results.Decrees;
import id.monevkip.assessment.session.ScheduleCommand;
import id.monevkip.assessment.session.SessionKind;
import id.monevkip.assessment.session.SessionService;
import id.monevkip.assessment.shortlist.Shortlists;
import id.monevkip.assessment.verification.VerificationService;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.cycle.DemoCycles;
import id.monevkip.cycle.ParticipantView;
import id.monevkip.cycle.Stage;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.scoring.PanelRule;
import id.monevkip.questionnaire.scoring.Verdict;
import id.monevkip.shared.ApplicationClock;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Wita;
import id.monevkip.submission.SubmissionManagement;
import id.monevkip.submission.SubmissionStatus;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Last year's assessment, replayed through the services the assessors, judges and commissioners use, each step at
 * last year's dates ({@link ApplicationClock#replay}): verifiers assigned and every sent questionnaire verified
 * (most items accepted indicator by indicator, a few rejected with a reason), the shortlist drawn from the verified
 * scores with one commissioner's decision, two judges scoring the visitasi of every shortlisted body, and the
 * results fixed in a decree. Runs once, after last year's questionnaires were sent, in a demo installation only.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 70)
@RequiredArgsConstructor
class PreviousCycleAssessmentDemo implements ApplicationRunner {

	private static final List<String> REJECTIONS = List.of(
			"Bukti dukung tidak memuat tanggal dan tanda tangan pejabat yang berwenang.",
			"Dokumen yang diunggah tidak sesuai dengan pertanyaan.",
			"Informasi tidak dapat ditemukan di laman yang dirujuk pada masa verifikasi.",
			"Dokumen masih berupa draf dan belum ditetapkan.");

	private final DemoCycles demoCycles;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final SubmissionManagement submissions;

	private final AssignmentService assignments;

	private final AssessorService assessors;

	private final AssessmentManagement assessment;

	private final VerificationService verification;

	private final Shortlists shortlists;

	private final RubricService rubrics;

	private final JudgingService judging;

	private final Decrees decrees;

	private final SessionService sessions;

	private final UserDetailsService users;

	private final ApplicationClock clock;

	@Override
	public void run(ApplicationArguments args) {
		var found = demoCycles.lastYear();
		if (found.isEmpty() || decrees.latest(found.get().id()).isPresent()) {
			return;
		}
		var cycle = found.get();
		var participants = cycles.participants(cycle.id())
			.stream()
			.filter(p -> submissions.submissionOf(cycle.id(), p.bodyId())
				.filter(s -> s.status() == SubmissionStatus.SUBMITTED)
				.isPresent())
			.toList();
		if (participants.isEmpty()) {
			return;
		}
		var admin = user("admin@kipkaltim.test");
		var commissioner = user("komisioner@kipkaltim.test");
		var judges = List.of(user("juri@kipkaltim.test"), user("juri2@kipkaltim.test"));
		var people = new HashMap<Long, CurrentUser>();
		for (var email : List.of("penilai@kipkaltim.test", "penilai2@kipkaltim.test")) {
			var person = user(email);
			people.put(person.accountId(), person);
		}
		var verificationWindow = cycle.window(Stage.VERIFICATION).orElseThrow();
		clock.replay(verificationWindow.opensAt().minus(Duration.ofDays(2)), () -> {
			assessors.setHomeRegion(user("penilai2@kipkaltim.test").accountId(), "64.71");
			assignments.assignAll(cycle.id(), AssignmentRole.VERIFIER, admin);
		});
		int verified = 0;
		for (int i = 0; i < participants.size(); i++) {
			var p = participants.get(i);
			var verifiers = assessment.verifiersOf(cycle.id(), p.bodyId());
			if (verifiers.isEmpty() || !people.containsKey(verifiers.get(0).accountId())) {
				continue;
			}
			var at = within(verificationWindow.opensAt().plus(Duration.ofHours(3L + 9L * i)), verificationWindow);
			clock.replay(at, () -> verify(cycle, p, people.get(verifiers.get(0).accountId())));
			verified++;
		}
		var presentation = cycle.window(Stage.PRESENTATION).orElseThrow();
		var visitation = cycle.window(Stage.VISITATION).orElseThrow();
		clock.replay(presentation.opensAt().minus(Duration.ofDays(3)), () -> {
			shortlists.draw(cycle.id(), Actor.of(commissioner));
			includeOneMore(cycle, commissioner);
			rubrics.define(cycle.id(), PanelStage.VISITATION, PanelRule.MEAN, 15,
					visitationRubric());
			for (var bodyId : shortlists.shortlisted(cycle.id())) {
				for (var judge : judges) {
					if (assessment.conflict(cycle.id(), bodyId, judge.accountId()).isEmpty()) {
						assignments.assign(cycle.id(), bodyId, judge.accountId(), AssignmentRole.JUDGE, admin);
					}
				}
			}
		});
		var shortlisted = new ArrayList<>(shortlists.shortlisted(cycle.id()));
		for (int i = 0; i < shortlisted.size(); i++) {
			long bodyId = shortlisted.get(i);
			var at = within(visitation.opensAt().plus(Duration.ofHours(4L + 20L * i)), visitation);
			if (i < 2) {
				visit(cycle, bodyId, at.minus(Duration.ofHours(3)), admin);
			}
			clock.replay(at, () -> {
				for (var judge : assessment.judgesOf(cycle.id(), bodyId)) {
					var person = judges.stream().filter(j -> j.accountId() == judge.accountId()).findFirst();
					person.ifPresent(j -> judging.submit(j, cycle.id(), bodyId, PanelStage.VISITATION,
							visitScores(cycle, bodyId, j), null));
				}
			});
		}
		var determination = cycle.window(Stage.DETERMINATION).orElseThrow();
		var issuedAt = determination.opensAt().plus(Duration.ofDays(10));
		var decree = clock.replay(issuedAt, () -> decrees.issue(cycle.id(),
				"SK-07/KIP-KT/XI/" + cycle.year(), LocalDate.ofInstant(issuedAt, Wita.ZONE),
				"Penetapan hasil Monitoring dan Evaluasi Keterbukaan Informasi Publik " + cycle.year(),
				Actor.of(commissioner)));
		log.info("Demo {}: {} verified, {} shortlisted and judged, decree {} issued", cycle.title(), verified,
				shortlisted.size(), decree.number());
	}

	/** The visit itself, scheduled a week ahead and written up by the secretariat. */
	private void visit(CycleView cycle, long bodyId, Instant startsAt, CurrentUser admin) {
		var body = directory.bodies(List.of(bodyId)).get(0);
		long session = clock.replay(startsAt.minus(Duration.ofDays(7)), () -> sessions.schedule(cycle.id(),
				new ScheduleCommand(bodyId, SessionKind.VISITATION, LocalDateTime.ofInstant(startsAt, Wita.ZONE),
						"Ruang layanan informasi " + body.name(), "Tim juri visitasi\nPPID " + body.name()),
				admin));
		clock.replay(startsAt.plus(Duration.ofHours(2)), () -> sessions.record(session, admin, null,
				"Tim melihat meja layanan informasi, daftar informasi publik yang dipajang dan buku register permohonan."
						+ " PPID menunjukkan SOP layanan dan berita acara uji konsekuensi. Catatan: papan informasi perlu"
						+ " diperbarui."));
	}

	private void verify(CycleView cycle, ParticipantView participant, CurrentUser verifier) {
		var submission = submissions.submissionOf(cycle.id(), participant.bodyId()).orElseThrow();
		var sheet = submissions.review(submission.id(), "Ya", "Tidak", "-").orElseThrow();
		var random = new Random(31L * participant.bodyId() + cycle.year());
		sheet.items().stream().map(i -> i.indicatorCode()).distinct()
			.forEach(code -> verification.acceptIndicator(verifier, submission.id(), code));
		// a few claims do not hold: more for hasty bodies, none for some
		var claimed = sheet.items().stream().filter(i -> i.scored() && !i.evidence().isEmpty()).toList();
		int rejections = claimed.isEmpty() ? 0 : random.nextInt(Math.min(4, claimed.size()) + 1);
		for (int r = 0; r < rejections; r++) {
			var item = claimed.get(random.nextInt(claimed.size()));
			verification.judge(verifier, submission.id(), item.questionCode(), Verdict.REJECTED,
					REJECTIONS.get(random.nextInt(REJECTIONS.size())));
		}
		verification.complete(verifier, submission.id());
	}

	/** Judges see roughly what the verification saw, each with their own leniency. */
	private Map<String, Integer> visitScores(CycleView cycle, long bodyId, CurrentUser judge) {
		var random = new Random(bodyId * 17 + judge.accountId());
		var rubric = rubrics.rubric(cycle.id(), PanelStage.VISITATION);
		var base = 55 + random.nextInt(35);
		var scores = new HashMap<String, Integer>();
		for (var criterion : rubric.criteria()) {
			scores.put(criterion.code(), Math.max(0, Math.min(100, base - 8 + random.nextInt(17))));
		}
		return scores;
	}

	private void includeOneMore(CycleView cycle, CurrentUser commissioner) {
		shortlists.page(cycle.id(), null)
			.rows()
			.stream()
			.filter(r -> !r.included() && r.verifiedSaq() != null)
			.findFirst()
			.ifPresent(r -> shortlists.adjust(cycle.id(), r.bodyId(), true,
					"Inovasi layanan informasi melalui siaran radio komunitas layak dilihat langsung.",
					Actor.of(commissioner)));
	}

	private static List<CriterionCommand> visitationRubric() {
		return List.of(criterion("SARPRAS", "Sarana dan prasarana layanan informasi", 30),
				criterion("DOKUMEN", "Kesesuaian dokumen dengan SAQ", 30),
				criterion("LAYANAN", "Praktik layanan informasi di tempat", 25),
				criterion("KOMITMEN", "Komitmen pimpinan", 15));
	}

	private static CriterionCommand criterion(String code, String name, int weight) {
		return new CriterionCommand(code, name, null, weight, List.of(
				new Level(1, 0, 39, "Belum ada atau tidak sesuai"),
				new Level(2, 40, 59, "Ada sebagian, belum berjalan"),
				new Level(3, 60, 79, "Ada dan berjalan, belum konsisten"),
				new Level(4, 80, 100, "Lengkap, berjalan dan terdokumentasi")));
	}

	private static Instant within(Instant wanted, CycleView.Window window) {
		return wanted.isBefore(window.closesAt()) ? wanted : window.closesAt().minus(Duration.ofHours(1));
	}

	private CurrentUser user(String email) {
		return (CurrentUser) users.loadUserByUsername(email);
	}

}
