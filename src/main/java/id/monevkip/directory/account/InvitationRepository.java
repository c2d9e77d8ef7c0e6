package id.monevkip.directory.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

	/** Locked until the transaction ends, so that two clicks on the same link cannot both set a password. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@EntityGraph(attributePaths = { "account" })
	Optional<Invitation> findByTokenHash(String tokenHash);

	/** Without a lock, for showing the form. */
	@EntityGraph(attributePaths = { "account" })
	Optional<Invitation> findWithAccountByTokenHash(String tokenHash);

	List<Invitation> findByAccountIdAndUsedAtIsNullAndRevokedAtIsNull(long accountId);

	/** The account's newest invitation, whose language a resent one keeps. */
	Optional<Invitation> findFirstByAccountIdOrderByIdDesc(long accountId);

}
