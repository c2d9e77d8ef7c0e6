package id.monevkip.submission.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

	List<Objection> findBySubmissionIdOrderByFiledAtDesc(long submissionId);

	boolean existsBySubmissionIdAndQuestionId(long submissionId, long questionId);

}
