package id.monevkip.assessment.verification;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.scoring.Verdict;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.RuntimeMode;
import id.monevkip.submission.ReviewItem;
import id.monevkip.submission.SubmissionManagement;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo assessor (penilai@kipkaltim.test) is half-way through verifying Pemkab Kutai Kartanegara in the running
 * cycle: the first indicator accepted at once, one answer rejected and one given a "needs revision" verdict, the
 * answer with the PDF still to judge. Made through the service assessors use, after the demo assignments; only when
 * that submission has no verification yet.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
@RequiredArgsConstructor
class VerificationDemoData implements ApplicationRunner {

	private final RuntimeMode mode;

	private final VerificationService verification;

	private final VerificationRepository verifications;

	private final SubmissionManagement submissions;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final UserDetailsService users;

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.demo()) {
			return;
		}
		var kukar = directory.bodyByCode("PEMKAB-KUKAR");
		if (kukar.isEmpty() || !(users.loadUserByUsername("penilai@kipkaltim.test") instanceof CurrentUser assessor)) {
			return;
		}
		var cycle = cycles.currentFor(kukar.get().id());
		var submission = cycle.flatMap(c -> submissions.submissionOf(c.id(), kukar.get().id()));
		if (submission.isEmpty() || verifications.findBySubmissionId(submission.get().id()).isPresent()) {
			return;
		}
		var sheet = submissions.review(submission.get().id(), "Ya", "Tidak", "-");
		if (sheet.isEmpty()) {
			return;
		}
		long id = submission.get().id();
		var items = sheet.get().items().stream().filter(ReviewItem::scored).toList();
		var withEvidence = items.stream().filter(i -> !i.evidence().isEmpty()).map(ReviewItem::indicatorCode).toList();
		var firstIndicator = items.stream()
			.map(ReviewItem::indicatorCode)
			.filter(code -> !withEvidence.contains(code))
			.findFirst();
		verification.start(assessor, id);
		firstIndicator.ifPresent(code -> verification.acceptIndicator(assessor, id, code));
		var others = items.stream()
			.filter(i -> firstIndicator.map(code -> !code.equals(i.indicatorCode())).orElse(true))
			.filter(i -> i.evidence().isEmpty())
			.toList();
		if (others.size() >= 2) {
			verification.judge(assessor, id, others.get(0).questionCode(), Verdict.REJECTED,
					"Jawaban tidak sesuai dengan dokumen yang kami temukan di situs resmi.");
			verification.judge(assessor, id, others.get(1).questionCode(), Verdict.NEEDS_REVISION,
					"Lampirkan daftar informasi publik yang sudah ditetapkan.");
		}
		log.info("Demo verification: penilai@kipkaltim.test is half-way through PEMKAB-KUKAR");
	}

}
