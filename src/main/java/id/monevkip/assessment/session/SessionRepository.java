package id.monevkip.assessment.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionRepository extends JpaRepository<PanelSession, Long> {

	List<PanelSession> findByCycleIdOrderByStartsAtAscIdAsc(long cycleId);

	List<PanelSession> findByCycleIdAndBodyIdInOrderByStartsAtAscIdAsc(long cycleId, Collection<Long> bodyIds);

	@EntityGraph(attributePaths = "photos")
	Optional<PanelSession> findWithPhotosById(long id);

}
