package id.monevkip.evidence.file;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

	Optional<EvidenceFile> findByBodyIdAndSha256(long bodyId, String sha256);

	List<EvidenceFile> findByBodyIdOrderByUploadedAtDescIdDesc(long bodyId);

}
