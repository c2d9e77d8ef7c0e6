package id.monevkip.submission.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.RuntimeMode;
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
 * Submissions of the demo, made through the same services respondents use: Pemkab Kutai Kartanegara has sent its
 * questionnaire, Desa Pela is half-way, and Diskominfo Kukar (responden@kukar.test) has not started, so that a
 * new user sees each state. Loaded only into a demo installation without any submission, after the instruments.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
@RequiredArgsConstructor
class SubmissionDemoData implements ApplicationRunner {

	private final RuntimeMode mode;

	private final SubmissionRepository submissions;

	private final Workspaces workspaces;

	private final AnswerService answers;

	private final SubmitService submit;

	private final UserDetailsService users;

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.demo() || submissions.count() > 0) {
			return;
		}
		fill("diskominfo@kukar.test", 1.0, "SK PPID Kabupaten Kutai Kartanegara.pdf", true);
		fill("desa.pela@kukar.test", 0.6, "SK PPID Desa Pela.pdf", false);
		log.info("Demo submissions: one sent, one half-way");
	}

	private void fill(String email, double share, String evidenceName, boolean send) {
		if (!(users.loadUserByUsername(email) instanceof CurrentUser user)
				|| !(workspaces.current(user) instanceof Workspaces.Entry.Ready ready)) {
			return;
		}
		var workspace = ready.workspace();
		var questions = workspace.instrument().indicators().stream().flatMap(i -> i.questions().stream()).toList();
		int count = (int) Math.round(questions.size() * share);
		var withFile = questions.stream()
			.filter(q -> q.answerType() == AnswerType.YES_NO && q.evidenceRequirement() == EvidenceRequirement.FILE)
			.findFirst();
		for (var question : questions.subList(0, count)) {
			answers.save(user, workspace.id(), question.id(), modest(question), null);
		}
		withFile.ifPresent(question -> {
			// Saving the same value again is never a conflict and gives the version to change it on.
			var seen = answers.save(user, workspace.id(), question.id(), modest(question), null);
			answers.save(user, workspace.id(), question.id(), List.of("YES"), seen.getVersion());
			answers.upload(user, workspace.id(), question.id(),
					new EvidenceUpload(evidenceName, new ByteArrayResource(pdf(evidenceName))));
		});
		if (send) {
			submit.submit(user, workspace.id());
		}
	}

	/** An honest answer that claims nothing, so it needs no evidence. */
	private static List<String> modest(QuestionView question) {
		return switch (question.answerType()) {
			case YES_NO -> List.of("NO");
			case SINGLE_CHOICE -> List.of(question.options().stream().filter(o -> o.fraction().signum() == 0).findFirst()
				.orElse(question.options().get(question.options().size() - 1)).code());
			case CHECKLIST -> List.of();
			case NUMBER -> List.of("0");
			case FREE_TEXT -> List.of("Belum ada kegiatan tahun ini.");
		};
	}

	/** A small, valid one-page PDF carrying the document's name. */
	static byte[] pdf(String title) {
		var text = title.replaceAll("[()\\\\]", "");
		var content = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
		var body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
				+ " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
				+ "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
				+ "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n";
		return body.getBytes(StandardCharsets.ISO_8859_1);
	}

}
