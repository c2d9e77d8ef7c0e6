package id.monevkip.directory;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import id.monevkip.shared.Role;

interface AccountRepository extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

	@EntityGraph(attributePaths = { "publicBody", "roles" })
	Optional<Account> findByEmail(String email);

	@Override
	@EntityGraph(attributePaths = { "publicBody" })
	Page<Account> findAll(Specification<Account> specification, Pageable pageable);

	@Query("select count(a) > 0 from Account a join a.roles r where r = :role and a.active = true")
	boolean existsActiveWithRole(Role role);

	@Query("select count(a) from Account a join a.roles r where r = :role and a.active = true")
	long countActiveWithRole(Role role);

}
