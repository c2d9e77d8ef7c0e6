package id.monevkip.submission.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRoundRepository extends JpaRepository<RevisionRound, Long> {

	Optional<RevisionRound> findFirstBySubmissionIdAndClosedAtIsNullOrderByOpenedAtDesc(long submissionId);

	List<RevisionRound> findBySubmissionIdOrderByOpenedAtDesc(long submissionId);

}
