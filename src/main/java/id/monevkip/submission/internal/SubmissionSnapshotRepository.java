package id.monevkip.submission.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmissionSnapshotRepository extends JpaRepository<SubmissionSnapshot, Long> {

	Optional<SubmissionSnapshot> findBySubmissionIdAndRound(long submissionId, int round);

	List<SubmissionSnapshot> findBySubmissionIdOrderByRoundDesc(long submissionId);

}
