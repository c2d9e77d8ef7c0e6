package id.monevkip.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import id.monevkip.IntegrationTest;
import id.monevkip.evidence.EvidenceManagement;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running counts the progress board reads (V15's triggers) follow every way answers and evidence change,
 * also when several people change one submission at once, and always equal a recount from the answers.
 */
@IntegrationTest
class SubmissionProgressCountsTests {

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	AnswerService answers;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void countsFollowSavesClearingAttachingAndDetaching() {
		var body = fixtures.participant("PD_KABKOTA");
		var ani = fixtures.respondent(body, "Ani Hitung");
		var workspace = work.open(ani);
		var questions = SubmissionWork.questions(workspace);
		assertThat(progress(workspace)).isEqualTo(new Counts(0, 0, null));

		answers.save(ani, workspace.id(), questions.get(0).id(), SubmissionWork.modest(questions.get(0)), null);
		answers.save(ani, workspace.id(), questions.get(1).id(), SubmissionWork.modest(questions.get(1)), null);
		var file = upload(ani, body.getId());
		answers.attachFile(ani, workspace.id(), questions.get(1).id(), file, false);
		answers.addLink(ani, workspace.id(), questions.get(1).id(), "https://example.org/sk", "SK");
		// evidence on a question not answered yet counts as evidenced, not as answered
		answers.attachFile(ani, workspace.id(), questions.get(2).id(), file, false);
		assertThat(progress(workspace)).isEqualTo(new Counts(2, 2, "Ani Hitung"));

		var budi = fixtures.respondent(body, "Budi Hitung");
		var version = jdbc.queryForObject("select version from submission_answer where submission_id = ? and question_id = ?",
				Long.class, workspace.id(), questions.get(0).id());
		answers.save(budi, workspace.id(), questions.get(0).id(), List.of(), version);
		assertThat(progress(workspace)).isEqualTo(new Counts(1, 2, "Budi Hitung"));

		for (var attachment : jdbc.queryForList("select e.id from answer_evidence e join submission_answer a on a.id = e.answer_id"
				+ " where a.submission_id = ? and a.question_id = ?", Long.class, workspace.id(), questions.get(1).id())) {
			answers.detach(ani, workspace.id(), questions.get(1).id(), attachment);
		}
		assertThat(progress(workspace).withEvidence()).isEqualTo(1);
		assertThat(recount(workspace.id())).isEqualTo(progress(workspace));
	}

	@Test
	void requiredEvidenceFollowsTheClaimAndTheQuestionsRequirement() {
		var body = fixtures.participant("PD_KABKOTA");
		var ani = fixtures.respondent(body, "Ani Wajib");
		var workspace = work.open(ani);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE_OR_LINK, 0);
		assertThat(required(workspace)).containsExactly(0, 0);

		answers.save(ani, workspace.id(), question.id(), List.of("NO"), null);
		assertThat(required(workspace)).as("\"Tidak\" claims nothing, so needs no evidence").containsExactly(0, 0);
		answers.save(ani, workspace.id(), question.id(), List.of("YES"), version(workspace.id(), question.id()));
		assertThat(required(workspace)).containsExactly(1, 0);
		answers.attachFile(ani, workspace.id(), question.id(), upload(ani, body.getId()), false);
		assertThat(required(workspace)).containsExactly(1, 1);
		answers.save(ani, workspace.id(), question.id(), List.of("NO"), version(workspace.id(), question.id()));
		assertThat(required(workspace)).containsExactly(0, 0);
		assertThat(progress(workspace).withEvidence()).as("the file stays attached").isEqualTo(1);
	}

	@Test
	void simultaneousChangesToOneSubmissionAreAllCounted() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var workspace = work.open(fixtures.respondent(body, "Awal Hitung"));
		var questions = SubmissionWork.questions(workspace);
		var people = new ArrayList<CurrentUser>();
		var files = new ArrayList<Long>();
		for (int i = 0; i < 6; i++) {
			var person = fixtures.respondent(body, "Orang " + i);
			people.add(person);
			files.add(upload(person, body.getId()));
		}
		var barrier = new CyclicBarrier(people.size());
		var runs = new ArrayList<CompletableFuture<Void>>();
		for (int i = 0; i < people.size(); i++) {
			var person = people.get(i);
			var own = questions.get(i);
			var file = files.get(i);
			runs.add(CompletableFuture.runAsync(() -> {
				await(barrier);
				// everyone attaches to the same last question and answers a question of their own
				answers.attachFile(person, workspace.id(), questions.get(questions.size() - 1).id(), file, false);
				answers.save(person, workspace.id(), own.id(), SubmissionWork.modest(own), null);
			}));
		}
		CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

		assertThat(progress(workspace).answered()).isEqualTo(people.size());
		assertThat(progress(workspace).withEvidence()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select file_count from submission_answer where submission_id = ? and question_id = ?",
				Integer.class, workspace.id(), questions.get(questions.size() - 1).id())).isEqualTo(people.size());
		assertThat(recount(workspace.id())).isEqualTo(progress(workspace));
	}

	@Test
	void everySubmissionsCountsEqualARecountFromItsAnswers() {
		var body = fixtures.participant("DESA");
		var user = fixtures.respondent(body, "Desa Hitung");
		work.fillAll(user, work.open(user));

		var wrong = jdbc.queryForList("""
				select p.submission_id from submission_progress p
				where p.answered <> (select count(*) from submission_answer a
						where a.submission_id = p.submission_id and a.answer_value is not null)
					or p.with_evidence <> (select count(*) from submission_answer a where a.submission_id = p.submission_id
						and exists (select 1 from answer_evidence e where e.answer_id = a.id))
					or p.needs_evidence <> (select count(*) from submission_answer a
						where a.submission_id = p.submission_id and a.evidence_needed is not null)
					or p.evidence_met <> (select count(*) from submission_answer a where a.submission_id = p.submission_id
						and evidence_met(a.evidence_needed,
							(select count(*)::int from answer_evidence e where e.answer_id = a.id and e.file_id is not null),
							(select count(*)::int from answer_evidence e where e.answer_id = a.id and e.link_id is not null)))
					or p.last_activity_at is distinct from (select max(a.updated_at) from submission_answer a
						where a.submission_id = p.submission_id)""", Long.class);
		assertThat(wrong).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from submission s where not exists"
				+ " (select 1 from submission_progress p where p.submission_id = s.id)", Long.class)).isZero();
	}

	private Counts progress(Workspace workspace) {
		var row = submissions.progress(workspace.submission().getCycleId(), List.of(workspace.submission().getBodyId()))
			.get(0);
		return new Counts(row.answered(), row.withEvidence(), row.lastActivityBy());
	}

	private List<Integer> required(Workspace workspace) {
		var row = submissions.progress(workspace.submission().getCycleId(), List.of(workspace.submission().getBodyId()))
			.get(0);
		return List.of(row.needsEvidence(), row.evidenceMet());
	}

	private long version(long submissionId, long questionId) {
		return jdbc.queryForObject("select version from submission_answer where submission_id = ? and question_id = ?",
				Long.class, submissionId, questionId);
	}

	private Counts recount(long submissionId) {
		return new Counts(
				jdbc.queryForObject("select count(*) from submission_answer where submission_id = ? and answer_value is not null",
						Integer.class, submissionId),
				jdbc.queryForObject("select count(*) from submission_answer a where a.submission_id = ? and exists"
						+ " (select 1 from answer_evidence e where e.answer_id = a.id)", Integer.class, submissionId),
				jdbc.queryForList("select updated_by_name from submission_answer where submission_id = ?"
						+ " order by updated_at desc limit 1", String.class, submissionId).stream().findFirst().orElse(null));
	}

	private long upload(CurrentUser user, long bodyId) {
		return evidence.upload(user, bodyId, new EvidenceUpload("bukti.pdf", new ByteArrayResource(SubmissionWork.pdf())))
			.file()
			.id();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Counts(int answered, int withEvidence, String lastBy) {
	}

}
