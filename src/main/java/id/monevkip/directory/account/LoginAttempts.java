package id.monevkip.directory.account;

import java.time.Clock;

import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account and locks it after five in a row. The login page shows one message
 * for every failure, so nobody learns from it whether an email has an account or is locked.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class LoginAttempts {

	private final AccountRepository accounts;

	private final Clock clock;

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String email = String.valueOf(event.getAuthentication().getPrincipal());
		accounts.findByEmail(Account.normalise(email)).ifPresent(account -> {
			account.loginFailed(clock.instant());
			if (account.isLocked(clock.instant())) {
				log.warn("Account {} locked after {} failed logins", account.getId(), Account.MAX_FAILED_LOGINS);
			}
		});
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			accounts.findById(user.accountId()).ifPresent(account -> account.loginSucceeded(clock.instant()));
		}
	}

}
