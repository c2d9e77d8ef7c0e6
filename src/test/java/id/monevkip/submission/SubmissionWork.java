package id.monevkip.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.Workspace;
import id.monevkip.submission.internal.Workspaces;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test helpers around a body's submission: open it, pick questions, fill every answer so that no evidence is
 * needed, count the rows a change could leave behind.
 */
@Component
public class SubmissionWork {

	private final Workspaces workspaces;

	private final AnswerService answers;

	private final JdbcTemplate jdbc;

	public SubmissionWork(Workspaces workspaces, AnswerService answers, JdbcTemplate jdbc) {
		this.workspaces = workspaces;
		this.answers = answers;
		this.jdbc = jdbc;
	}

	/** The body's submission in the current cycle, created when needed. */
	public Workspace open(CurrentUser user) {
		return ((Workspaces.Entry.Ready) workspaces.current(user)).workspace();
	}

	public Workspace reload(CurrentUser user, long submissionId) {
		return workspaces.of(user, submissionId);
	}

	public static List<QuestionView> questions(Workspace workspace) {
		return workspace.instrument().indicators().stream().flatMap(i -> i.questions().stream()).toList();
	}

	public static QuestionView first(Workspace workspace, AnswerType type) {
		return questions(workspace).stream().filter(q -> q.answerType() == type).findFirst().orElseThrow();
	}

	public static QuestionView yesNo(Workspace workspace, EvidenceRequirement requirement, int skip) {
		return questions(workspace).stream()
			.filter(q -> q.answerType() == AnswerType.YES_NO && q.evidenceRequirement() == requirement)
			.skip(skip)
			.findFirst()
			.orElseThrow();
	}

	/** An answer that claims nothing, so needs no evidence. */
	public static List<String> modest(QuestionView question) {
		return switch (question.answerType()) {
			case YES_NO -> List.of("NO");
			case SINGLE_CHOICE -> List.of(question.options().stream().filter(o -> o.fraction().signum() == 0)
				.findFirst().orElse(question.options().get(0)).code());
			case CHECKLIST -> List.of();
			case NUMBER -> List.of("0");
			case FREE_TEXT -> List.of("Belum ada catatan khusus.");
		};
	}

	/** Answers every question modestly, except those listed. */
	public void fillAll(CurrentUser user, Workspace workspace, String... except) {
		var skipped = List.of(except);
		for (var question : questions(workspace)) {
			if (!skipped.contains(question.code())) {
				answers.save(user, workspace.id(), question.id(), modest(question), null);
			}
		}
	}

	public long count(String sql, Object... args) {
		var count = jdbc.queryForObject(sql, Long.class, args);
		return count == null ? 0 : count;
	}

	public List<String> names(String sql, Object... args) {
		return jdbc.queryForList(sql, String.class, args);
	}

	/** Rows a change to a submission or a body's library could leave behind. */
	public String footprint(long submissionId, long bodyId) {
		return String.join("/",
				jdbc.queryForList("select question_code || '=' || coalesce(answer_value, '-') || '@' || version"
						+ " from submission_answer where submission_id = ? order by question_code", String.class, submissionId)
					.toString(),
				String.valueOf(count("select count(*) from answer_evidence e join submission_answer a on a.id = e.answer_id"
						+ " where a.submission_id = ?", submissionId)),
				String.valueOf(count("select count(*) from evidence_file where body_id = ?", bodyId)),
				String.valueOf(count("select count(*) from evidence_link where body_id = ?", bodyId)),
				String.valueOf(count("select count(*) from submission_snapshot where submission_id = ?", submissionId)),
				String.valueOf(count("select count(*) from revision_round where submission_id = ?", submissionId)),
				jdbc.queryForObject("select status || ':' || round from submission where id = ?", String.class,
						submissionId));
	}

	/** A small valid PDF whose bytes are unique, so every upload is new to the library. */
	public static byte[] pdf() {
		return ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
