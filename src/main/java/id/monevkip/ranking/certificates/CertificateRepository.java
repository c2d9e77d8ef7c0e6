package id.monevkip.ranking.certificates;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

	Optional<Certificate> findByCode(String code);

	List<Certificate> findByDecreeIdAndBodyIdIn(long decreeId, Collection<Long> bodyIds);

	/** The newest certificate of the same body and cycle, to tell whether a code was superseded. */
	Optional<Certificate> findFirstByCycleIdAndBodyIdOrderByDecreeVersionDesc(long cycleId, long bodyId);

	boolean existsByCode(String code);

}
