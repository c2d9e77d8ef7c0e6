package id.monevkip.evidence.link;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EvidenceLinkRepository extends JpaRepository<EvidenceLink, Long> {

	List<EvidenceLink> findByBodyIdOrderByTitleAscIdAsc(long bodyId);

	Optional<EvidenceLink> findByBodyIdAndUrl(long bodyId, String url);

	List<EvidenceLink> findByIdIn(Collection<Long> ids);

	/**
	 * Adds the link unless the body has it already. Two people adding the same URL at once both end here; the
	 * second waits for the first to commit and then inserts nothing instead of failing on the unique key.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			INSERT INTO evidence_link (body_id, url, title, created_by_account_id, created_at)
			VALUES (:bodyId, :url, :title, :accountId, :now)
			ON CONFLICT (body_id, url) DO NOTHING""")
	int insertIfAbsent(long bodyId, String url, String title, long accountId, Instant now);

}
