package id.monevkip.directory.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.monevkip.directory.InvitationIssued;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators look after the respondent accounts of the bodies below them: they invite people, send an
 * invitation again and switch accounts off and on. Only accounts whose one role is Respondent are theirs;
 * anything else (or anything outside their subtree) answers 404. The invited person sets their own password
 * through a one-time link, mailed in the language the coordinator chose.
 */
@Service
@RequiredArgsConstructor
@Transactional
class InvitationService {

	private final AccountRepository accounts;

	private final InvitationRepository invitations;

	private final PublicBodyRepository bodies;

	private final CoordinatorScope scope;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** One option of the body select: what the form sends and what people read. */
	record BodyChoice(String value, String label) {
	}

	/** Whom an open invitation is for, shown above the password form. */
	record InvitationView(String email, String displayName) {
	}

	/**
	 * What the link's page needs before anything else, whatever state the link is in.
	 * @param used the link has set a password already (not merely expired or replaced)
	 */
	record LinkFacts(Language language, boolean used) {
	}

	/** The link is unknown, used, replaced by a newer one, expired, or its account was switched off. */
	static class InvalidInvitationException extends RuntimeException {

		InvalidInvitationException() {
			super("Invitation link unknown, used, replaced or expired");
		}

	}

	/** The active bodies of the coordinator's subtree, by name. */
	@Transactional(readOnly = true)
	List<BodyChoice> bodyChoices(CurrentUser coordinator) {
		var root = scope.root(coordinator);
		return bodies.findWithDetailsByIdInOrderByName(bodies.findSubtreeIds(root.getId(), root.ownPath()))
			.stream()
			.filter(PublicBody::isActive)
			.map(b -> new BodyChoice(String.valueOf(b.getId()), b.getName() + " (" + b.getCode() + ")"))
			.toList();
	}

	/**
	 * Creates a respondent account without a password and mails it an invitation.
	 * @throws NotFoundException when the body does not exist or lies outside the coordinator's subtree
	 * @throws BusinessException when the body is switched off or the email belongs to another account
	 */
	long invite(CurrentUser coordinator, InviteCommand command) {
		var root = scope.root(coordinator);
		var body = bodies.findById(command.bodyId())
			.filter(b -> bodies.isInSubtree(b.getId(), root.getId()))
			.orElseThrow(() -> new NotFoundException("Body " + command.bodyId() + " outside the subtree"));
		if (!body.isActive()) {
			throw new BusinessException("bodyId", "invitations.error.bodyOutside");
		}
		String email = Account.normalise(command.email());
		if (accounts.findByEmail(email).isPresent()) {
			throw new BusinessException("email", "accounts.error.emailTaken");
		}
		var account = accounts.save(new Account(email,
				new Account.Profile(command.displayName(), null, null, Set.of(Role.RESPONDENT), body), clock.instant()));
		issue(account, coordinator.accountId(), command.language());
		return account.getId();
	}

	/** A new link for the account, in the language of its last invitation; every earlier one stops working. */
	void resend(CurrentUser coordinator, long accountId) {
		var account = respondentOf(coordinator, accountId);
		if (!account.isActive()) {
			throw new BusinessException("active", "invitations.error.inactive");
		}
		var language = invitations.findFirstByAccountIdOrderByIdDesc(accountId)
			.map(Invitation::getLanguage)
			.orElse(Language.ID);
		issue(account, coordinator.accountId(), language);
	}

	void deactivate(CurrentUser coordinator, long accountId) {
		respondentOf(coordinator, accountId).deactivate();
	}

	void activate(CurrentUser coordinator, long accountId) {
		respondentOf(coordinator, accountId).activate();
	}

	/** @return empty for a token that was never issued */
	@Transactional(readOnly = true)
	Optional<LinkFacts> facts(String token) {
		return invitations.findWithAccountByTokenHash(InvitationToken.hash(token))
			.map(invitation -> new LinkFacts(invitation.getLanguage(), invitation.isUsed()));
	}

	@Transactional(readOnly = true)
	Optional<InvitationView> open(String token) {
		return invitations.findWithAccountByTokenHash(InvitationToken.hash(token))
			.filter(invitation -> usable(invitation, clock.instant()))
			.map(invitation -> new InvitationView(invitation.getAccount().getEmail(),
					invitation.getAccount().getDisplayName()));
	}

	/**
	 * Sets the account's own password and spends the link.
	 * @throws InvalidInvitationException when the link no longer works; nothing is changed then
	 * @throws BusinessException when the password breaks the policy or the confirmation differs
	 */
	void accept(String token, String password, String confirm) {
		Instant now = clock.instant();
		var invitation = invitations.findByTokenHash(InvitationToken.hash(token))
			.filter(found -> usable(found, now))
			.orElseThrow(InvalidInvitationException::new);
		var account = invitation.getAccount();
		PasswordPolicy.violation(password, account.getEmail()).ifPresent(key -> {
			throw new BusinessException("newPassword", key);
		});
		if (!password.equals(confirm)) {
			throw new BusinessException("confirmPassword", "password.error.mismatch");
		}
		invitation.use(now);
		account.setPassword(passwordEncoder.encode(password), false);
	}

	private static boolean usable(Invitation invitation, Instant now) {
		return invitation.isUsable(now) && invitation.getAccount().isActive();
	}

	private void issue(Account account, long invitedBy, Language language) {
		Instant now = clock.instant();
		invitations.findByAccountIdAndUsedAtIsNullAndRevokedAtIsNull(account.getId())
			.forEach(earlier -> earlier.revoke(now));
		String token = InvitationToken.generate();
		var invitation = invitations
			.save(new Invitation(account, InvitationToken.hash(token), now, invitedBy, language));
		var body = account.getPublicBody();
		if (body == null) {
			throw new IllegalStateException("A respondent without a body: account " + account.getId());
		}
		events.publishEvent(new InvitationIssued(account.getId(), account.getEmail(), account.getDisplayName(),
				body.getId(), body.getName(), token, invitation.getExpiresAt(), invitedBy, language.tag()));
	}

	private Account respondentOf(CurrentUser coordinator, long accountId) {
		var root = scope.root(coordinator);
		return accounts.findWithBodyById(accountId)
			.filter(a -> a.getRoles().equals(Set.of(Role.RESPONDENT)))
			.filter(a -> a.getPublicBody() != null && bodies.isInSubtree(a.getPublicBody().getId(), root.getId()))
			.orElseThrow(() -> new NotFoundException("Account " + accountId));
	}

}
