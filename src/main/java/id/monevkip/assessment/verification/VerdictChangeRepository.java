package id.monevkip.assessment.verification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VerdictChangeRepository extends JpaRepository<VerdictChange, Long> {

	/** Everyone who gave a verdict on the item themselves (not through a revision request or an objection). */
	@Query("""
			select distinct c.changedBy from VerdictChange c where c.verificationId = :verificationId
			and c.questionCode = :questionCode and c.changedBy is not null and c.cause in :causes
			""")
	List<Long> judgesOf(long verificationId, String questionCode, java.util.Collection<VerdictChange.Cause> causes);

	List<VerdictChange> findByVerificationIdOrderByChangedAtDescIdDesc(long verificationId);

}
