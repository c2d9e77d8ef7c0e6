package id.monevkip.directory.account;

import java.security.SecureRandom;

/**
 * Passwords an administrator reads out or types into a chat: twelve characters from an alphabet without
 * look-alikes (no 0/O/o, 1/l/I), so that nobody has to guess which one was meant. 55^12 is about 2^69.
 */
final class TemporaryPassword {

	static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private TemporaryPassword() {
	}

	static String generate() {
		var password = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
