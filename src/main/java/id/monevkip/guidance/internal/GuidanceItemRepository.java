package id.monevkip.guidance.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** The queries every kind of item shares: by audience and by publisher. Lists are short, so pages sort them. */
@NoRepositoryBean
public interface GuidanceItemRepository<T extends GuidanceItem> extends JpaRepository<T, Long> {

	/**
	 * The items of a cycle that reach a body: the commission's when the body takes part, and those of the listed
	 * publisher bodies (the body and the bodies above it).
	 */
	@Query("""
			select i from #{#entityName} i where i.cycleId = :cycleId
			and ((i.publisherBodyId is null and :participant = true) or i.publisherBodyId in :publishers)""")
	List<T> findForAudience(long cycleId, boolean participant, Collection<Long> publishers);

	@Query("select i from #{#entityName} i where i.cycleId = :cycleId and i.publisherBodyId is null")
	List<T> findCommissionItems(long cycleId);

	@Query("select i from #{#entityName} i where i.cycleId = :cycleId and i.publisherBodyId = :bodyId")
	List<T> findBodyItems(long cycleId, long bodyId);

}
