package id.monevkip.submission.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AnswerEvidenceRepository extends JpaRepository<AnswerEvidence, Long> {

	List<AnswerEvidence> findByAnswerIdInOrderByAttachedAtAscIdAsc(Collection<Long> answerIds);

	List<AnswerEvidence> findByAnswerIdOrderByAttachedAtAscIdAsc(long answerId);

	/** Attaches a file unless it is attached already (also when two people attach it at once). */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into answer_evidence (answer_id, file_id, carried_over, attached_at, attached_by)
			values (:answerId, :fileId, :carriedOver, :now, :accountId)
			on conflict (answer_id, file_id) do nothing""")
	void attachFile(long answerId, long fileId, boolean carriedOver, long accountId, java.time.Instant now);

	/** Attaches a link unless it is attached already. */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into answer_evidence (answer_id, link_id, carried_over, attached_at, attached_by)
			values (:answerId, :linkId, :carriedOver, :now, :accountId)
			on conflict (answer_id, link_id) do nothing""")
	void attachLink(long answerId, long linkId, boolean carriedOver, long accountId, java.time.Instant now);

	/** All evidence of a submission in one query. */
	@Query("""
			select e from AnswerEvidence e where e.answerId in
			(select a.id from SubmissionAnswer a where a.submissionId = :submissionId)
			order by e.attachedAt, e.id""")
	List<AnswerEvidence> findBySubmission(long submissionId);

}
