package id.monevkip.directory.account;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemporaryPasswordTests {

	@Test
	void hasTwelveCharactersWithoutLookAlikes() {
		for (int i = 0; i < 200; i++) {
			String password = TemporaryPassword.generate();
			assertThat(password).hasSize(TemporaryPassword.LENGTH).doesNotContainPattern("[0O1lIo]");
			assertThat(password.chars()).allMatch(c -> TemporaryPassword.ALPHABET.indexOf(c) >= 0);
		}
	}

	@Test
	void keepsThePasswordPolicyAndNeverRepeats() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String password = TemporaryPassword.generate();
			assertThat(PasswordPolicy.violation(password, "someone@example.org")).isEmpty();
			assertThat(seen.add(password)).isTrue();
		}
	}

}
