package id.monevkip.directory.imports;

import java.util.Collection;
import java.util.List;

import id.monevkip.directory.account.Account;
import id.monevkip.directory.body.BodyCategory;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.Region;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The bulk reads an import needs: everything a file mentions, fetched in a few queries instead of one per
 * row (a file may hold 20,000 rows). Callers pass at most {@link ImportBodies#SLICE} keys at a time.
 */
interface ImportLookupRepository extends Repository<PublicBody, Long> {

	@Query("select b from PublicBody b join fetch b.category left join fetch b.region left join fetch b.parent where b.code in :codes")
	List<PublicBody> findBodiesByCodeIn(Collection<String> codes);

	@Query("select b from PublicBody b join fetch b.category left join fetch b.region left join fetch b.parent where b.id in :ids")
	List<PublicBody> findBodiesByIdIn(Collection<Long> ids);

	@Query("select r from Region r where r.code in :codes")
	List<Region> findRegionsByCodeIn(Collection<String> codes);

	@Query("select c from BodyCategory c")
	List<BodyCategory> findAllCategories();

	@Query("select distinct a from Account a left join fetch a.publicBody left join fetch a.roles where a.email in :emails")
	List<Account> findAccountsByEmailIn(Collection<String> emails);

}
