package id.monevkip.directory.imports;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.monevkip.directory.account.Account;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.imports.ImportAccountValidator.AccountRow;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an accounts CSV against the directory and writes its valid rows. New accounts get no password:
 * nobody can sign in with them until an administrator sets one. Existing accounts get their profile
 * updated; their password, lockout and active flag stay as they are.
 */
@Component
@RequiredArgsConstructor
class ImportAccounts {

	private final ImportLookupRepository lookups;

	private final AccountRepository accounts;

	@Transactional(readOnly = true)
	ImportReport check(CsvTable table) {
		return ImportAccountValidator.validate(table, load(table)).report();
	}

	@Transactional
	ImportReport apply(CsvTable table, Instant now) {
		Directory directory = load(table);
		var outcome = ImportAccountValidator.validate(table, directory);
		for (AccountRow row : outcome.changes()) {
			PublicBody body = row.bodyCode() == null ? null : directory.bodies.get(row.bodyCode());
			var profile = new Account.Profile(row.displayName(), row.phone(), row.position(), row.roles(), body);
			Account account = directory.accounts.get(row.email());
			if (account == null) {
				accounts.save(new Account(row.email(), profile, now));
			}
			else {
				account.update(profile);
			}
		}
		return outcome.report();
	}

	private Directory load(CsvTable table) {
		var directory = new Directory();
		if (!table.ok()) {
			return directory;
		}
		Set<String> emails = new HashSet<>();
		Set<String> codes = new HashSet<>();
		for (CsvTable.Row row : table.rows()) {
			if (row.get("email") != null) {
				emails.add(Account.normalise(row.get("email")));
			}
			if (row.get("kode_badan") != null) {
				codes.add(row.get("kode_badan").toUpperCase(Locale.ROOT));
			}
		}
		ImportBodies.sliced(emails, lookups::findAccountsByEmailIn).forEach(a -> {
			directory.accounts.put(a.getEmail(), a);
			if (a.getPublicBody() != null) {
				directory.bodies.put(a.getPublicBody().getCode(), a.getPublicBody());
			}
		});
		ImportBodies.sliced(codes, lookups::findBodiesByCodeIn).forEach(b -> directory.bodies.put(b.getCode(), b));
		return directory;
	}

	/** The loaded part of the directory, answering the validator's questions. */
	private static final class Directory implements ImportAccountValidator.Lookups {

		final Map<String, Account> accounts = new HashMap<>();

		final Map<String, PublicBody> bodies = new HashMap<>();

		@Override
		public @Nullable AccountRow stored(String email) {
			Account account = accounts.get(email);
			if (account == null) {
				return null;
			}
			var body = account.getPublicBody();
			return new AccountRow(account.getEmail(), account.getDisplayName(), account.getRoles(),
					body == null ? null : body.getCode(), account.getPosition(), account.getPhone());
		}

		@Override
		public boolean bodyExists(String code) {
			return bodies.containsKey(code);
		}

	}

}
