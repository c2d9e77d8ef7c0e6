package id.monevkip.submission.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AnswerEvidenceRepository extends JpaRepository<AnswerEvidence, Long> {

	List<AnswerEvidence> findByAnswerIdInOrderByAttachedAtAscIdAsc(Collection<Long> answerIds);

	List<AnswerEvidence> findByAnswerIdOrderByAttachedAtAscIdAsc(long answerId);

	boolean existsByAnswerIdAndFileId(long answerId, long fileId);

	boolean existsByAnswerIdAndLinkId(long answerId, long linkId);

	/** All evidence of a submission in one query. */
	@Query("""
			select e from AnswerEvidence e where e.answerId in
			(select a.id from SubmissionAnswer a where a.submissionId = :submissionId)
			order by e.attachedAt, e.id""")
	List<AnswerEvidence> findBySubmission(long submissionId);

}
