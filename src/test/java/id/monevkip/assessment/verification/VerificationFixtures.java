package id.monevkip.assessment.verification;

import java.util.ArrayList;
import java.util.List;

import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.assessment.AssignmentRole;
import id.monevkip.assessment.internal.AssignmentService;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.submission.SubmissionFixtures;
import id.monevkip.submission.SubmissionWork;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.SubmitService;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * A body of the running demo cycle that has sent its SAQ: every answer modest except two yes/no questions that need a
 * file, answered "Ya" with a PDF each; and its verifier, a fresh assessor.
 */
@Component
public class VerificationFixtures {

	private final SubmissionFixtures submissions;

	private final SubmissionWork work;

	private final AnswerService answers;

	private final SubmitService submit;

	private final AssessmentFixtures assessment;

	private final AssignmentService assignments;

	public VerificationFixtures(SubmissionFixtures submissions, SubmissionWork work, AnswerService answers,
			SubmitService submit, AssessmentFixtures assessment, AssignmentService assignments) {
		this.submissions = submissions;
		this.work = work;
		this.answers = answers;
		this.submit = submit;
		this.assessment = assessment;
		this.assignments = assignments;
	}

	/** A sent SAQ in the demo cycle with a verifier assigned. */
	public Sent sent() {
		return sent(submissions.participant("BP_KHUSUS_KABKOTA"));
	}

	/** The body (already a participant of a running cycle) fills and sends its SAQ; a fresh verifier is assigned. */
	public Sent sent(PublicBody body) {
		var respondent = submissions.respondent(body, "Responden Verifikasi");
		var workspace = work.open(respondent);
		work.fillAll(respondent, workspace);
		var claimed = new ArrayList<String>();
		for (int i = 0; i < 2; i++) {
			var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, i);
			var saved = answers.save(respondent, workspace.id(), question.id(), List.of("NO"), null);
			answers.save(respondent, workspace.id(), question.id(), List.of("YES"), saved.getVersion());
			answers.upload(respondent, workspace.id(), question.id(),
					new EvidenceUpload("Bukti " + question.code() + ".pdf", new ByteArrayResource(pdf("Bukti " + question.code()))));
			claimed.add(question.code());
		}
		var outcome = submit.submit(respondent, workspace.id());
		if (!outcome.sealed()) {
			throw new IllegalStateException("Fixture SAQ not sent: " + outcome.completeness());
		}
		var verifier = verifier(workspace.submission().getCycleId(), body);
		var plain = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 2);
		return new Sent(body, respondent, workspace.id(), workspace.submission().getCycleId(), claimed, plain, verifier);
	}

	/** A small, valid one-page PDF (unique bytes every call), so that browsers can show it. */
	static byte[] pdf(String title) {
		var content = "BT /F1 14 Tf 72 720 Td (" + title + " " + java.util.UUID.randomUUID() + ") Tj ET";
		var body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
				+ " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
				+ "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
				+ "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n";
		return body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
	}

	/** A fresh assessor assigned as the body's verifier. */
	public CurrentUser verifier(long cycleId, PublicBody body) {
		var verifier = assessment.person(Role.ASSESSOR, "Verifikator Uji", null);
		assignments.assign(cycleId, body.getId(), verifier.accountId(), AssignmentRole.VERIFIER, assessment.admin());
		return verifier;
	}

	public CurrentUser admin() {
		return assessment.admin();
	}

	public CurrentUser assessor(String name) {
		return assessment.person(Role.ASSESSOR, name, null);
	}

	/**
	 * @param claimed the two questions answered "Ya" with a PDF (the only ones scoring anything)
	 * @param plain a yes/no question needing a file, answered "Tidak" (so without one)
	 */
	public record Sent(PublicBody body, CurrentUser respondent, long submissionId, long cycleId, List<String> claimed,
			QuestionView plain, CurrentUser verifier) {
	}

}
