package id.monevkip.evidence.file;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

	Optional<EvidenceFile> findByBodyIdAndSha256(long bodyId, String sha256);

	List<EvidenceFile> findByBodyIdOrderByUploadedAtDescIdDesc(long bodyId);

	List<EvidenceFile> findByIdIn(Collection<Long> ids);

	boolean existsBySha256(String sha256);

	/**
	 * Adds the file unless the body has the same bytes already. A concurrent upload of the same bytes by the
	 * same body waits for the other to commit and then inserts nothing, instead of failing on the unique key.
	 *
	 * @return 1 when added, 0 when the body had it
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			INSERT INTO evidence_file (body_id, sha256, original_name, content_type, size_bytes, uploaded_by_account_id, uploaded_at)
			VALUES (:bodyId, :sha256, :name, :contentType, :size, :accountId, :now)
			ON CONFLICT (body_id, sha256) DO NOTHING""")
	int insertIfAbsent(long bodyId, String sha256, String name, String contentType, long size,
			@Nullable Long accountId, Instant now);

	/**
	 * Held (shared) by every upload while it records a row for the blob, and (exclusive) while a failed
	 * upload removes a blob nobody refers to: so a blob is never removed under an upload that relies on it.
	 */
	@Query(nativeQuery = true, value = "SELECT 1 FROM (SELECT pg_advisory_xact_lock_shared(hashtext('evidence:' || :sha256))) l")
	int lockBlobShared(String sha256);

	@Query(nativeQuery = true, value = "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('evidence:' || :sha256))) l")
	int lockBlobExclusive(String sha256);

}
