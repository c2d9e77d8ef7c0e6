package id.monevkip.directory.account;

import java.time.Clock;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security's form login. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	@Override
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(Account.normalise(email))
			.map(account -> account.toCurrentUser(clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

}
