package id.monevkip.submission.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmissionAnswerRepository extends JpaRepository<SubmissionAnswer, Long> {

	List<SubmissionAnswer> findBySubmissionId(long submissionId);

	Optional<SubmissionAnswer> findBySubmissionIdAndQuestionId(long submissionId, long questionId);

}
