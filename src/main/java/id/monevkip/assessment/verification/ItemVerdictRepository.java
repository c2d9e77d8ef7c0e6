package id.monevkip.assessment.verification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ItemVerdictRepository extends JpaRepository<ItemVerdict, Long> {

	List<ItemVerdict> findByVerificationId(long verificationId);

	Optional<ItemVerdict> findByVerificationIdAndQuestionCode(long verificationId, String questionCode);

	/** Items judged per verification, in one query for the queue. */
	@Query("select v.verificationId, count(v) from ItemVerdict v where v.verificationId in :ids group by v.verificationId")
	List<Object[]> countByVerification(Collection<Long> ids);

}
