package id.monevkip.directory.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import id.monevkip.directory.ContactView;
import id.monevkip.shared.Role;
import jakarta.persistence.LockModeType;

public interface AccountRepository extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

	@EntityGraph(attributePaths = { "publicBody", "roles" })
	Optional<Account> findByEmail(String email);

	@EntityGraph(attributePaths = { "publicBody", "roles" })
	Optional<Account> findWithBodyById(long id);

	/** Roles are eager and batch-fetched (default_batch_fetch_size), so a page costs a fixed few queries. */
	@Override
	@EntityGraph(attributePaths = { "publicBody" })
	Page<Account> findAll(Specification<Account> specification, Pageable pageable);

	@Query("select count(a) > 0 from Account a join a.roles r where r = :role and a.active = true")
	boolean existsActiveWithRole(Role role);

	@Query("select count(a) from Account a join a.roles r where r = :role and a.active = true")
	long countActiveWithRole(Role role);

	/**
	 * The active accounts holding a role, locked until the transaction ends: two administrators taking
	 * away each other's rights at the same moment must not leave the installation without one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a join a.roles r where r = :role and a.active = true")
	List<Account> lockActiveWithRole(Role role);

	/** A projection, so that the eager roles of each account are never loaded: one query however many. */
	@Query("select new id.monevkip.directory.ContactView(a.id, a.email, a.displayName) from Account a join a.roles r"
			+ " where a.publicBody.id = :bodyId and r = :role and a.active = true order by a.displayName, a.id")
	List<ContactView> findActiveContacts(long bodyId, Role role);

	/** A projection like {@link #findActiveContacts}: one query, roles never loaded. */
	@Query("select new id.monevkip.directory.PersonView(a.id, a.displayName, b.id) from Account a left join a.publicBody b"
			+ " join a.roles r where r = :role and a.active = true order by a.displayName, a.id")
	List<id.monevkip.directory.PersonView> findActivePeople(Role role);

}
