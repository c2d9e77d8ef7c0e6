package id.monevkip.directory.body;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PublicBodyRepository extends JpaRepository<PublicBody, Long>, JpaSpecificationExecutor<PublicBody> {

	@EntityGraph(attributePaths = { "category", "region", "parent" })
	Optional<PublicBody> findByCode(String code);

	@EntityGraph(attributePaths = { "category", "region", "parent" })
	@Query("select b from PublicBody b where b.active = true and b.category.id = :categoryId order by b.name")
	List<PublicBody> findActiveInCategory(long categoryId);

	@EntityGraph(attributePaths = { "category", "region", "parent" })
	List<PublicBody> findWithDetailsByIdInOrderByName(Collection<Long> ids);

	@Override
	@EntityGraph(attributePaths = { "category", "region", "parent" })
	Page<PublicBody> findAll(Specification<PublicBody> specification, Pageable pageable);

	@EntityGraph(attributePaths = { "category", "region", "parent" })
	Optional<PublicBody> findWithDetailsById(long id);

	@Query("select b.id from PublicBody b where b.path like concat(:prefix, '%') or b.id = :rootId")
	List<Long> findSubtreeIds(long rootId, String prefix);

	@Query("""
			select count(b) > 0 from PublicBody b, PublicBody root
			where b.id = :bodyId and root.id = :rootId and (b.id = root.id or b.path like concat(root.path, root.id, '/%'))""")
	boolean isInSubtree(long bodyId, long rootId);

	/** Re-roots the descendants of a moved body: their paths start with its old prefix. */
	@Modifying
	@Query(value = "update public_body set path = :newPrefix || substring(path from length(:oldPrefix) + 1) where path like :oldPrefix || '%'",
			nativeQuery = true)
	int movePaths(String oldPrefix, String newPrefix);

	@EntityGraph(attributePaths = { "category" })
	List<PublicBody> findByActiveTrueOrderByName();

	long countByActiveTrue();

	@Query("select b.category.name as name, count(b) as total from PublicBody b where b.active = true and (b.id = :rootId or b.path like concat(:prefix, '%')) group by b.category.name, b.category.sortOrder order by b.category.sortOrder")
	List<CategoryCount> countByCategoryInSubtree(long rootId, String prefix);

	@Query("select b.category.name as name, count(b) as total from PublicBody b where b.active = true group by b.category.name, b.category.sortOrder order by b.category.sortOrder")
	List<CategoryCount> countByCategory();

	interface CategoryCount {

		String getName();

		long getTotal();

	}

}
