package id.monevkip.evidence.link;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LinkCheckRecordRepository extends JpaRepository<LinkCheckRecord, Long> {

	List<LinkCheckRecord> findByBodyIdAndLinkIdInOrderByCheckedAtDescIdDesc(long bodyId, Collection<Long> linkIds);

}
