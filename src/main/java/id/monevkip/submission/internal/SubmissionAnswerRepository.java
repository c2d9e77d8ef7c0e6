package id.monevkip.submission.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SubmissionAnswerRepository extends JpaRepository<SubmissionAnswer, Long> {

	List<SubmissionAnswer> findBySubmissionId(long submissionId);

	Optional<SubmissionAnswer> findBySubmissionIdAndQuestionId(long submissionId, long questionId);

	/** An empty answer to hang evidence on, unless it exists; two attachments at once create one. */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into submission_answer (submission_id, question_id, question_code, updated_at, updated_by, updated_by_name, version)
			values (:submissionId, :questionId, :questionCode, :now, :accountId, :name, 0)
			on conflict (submission_id, question_id) do nothing""")
	void createIfAbsent(long submissionId, long questionId, String questionCode, long accountId, String name, Instant now);

}
