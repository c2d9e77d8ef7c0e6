package id.monevkip.evidence.link;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceLinkRepository extends JpaRepository<EvidenceLink, Long> {

	List<EvidenceLink> findByBodyIdOrderByTitleAscIdAsc(long bodyId);

	Optional<EvidenceLink> findByBodyIdAndUrl(long bodyId, String url);

}
