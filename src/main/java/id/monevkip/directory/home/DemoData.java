package id.monevkip.directory.home;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import id.monevkip.directory.PpidType;
import id.monevkip.directory.account.Account;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.BodyCategory;
import id.monevkip.directory.body.BodyCategoryRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.directory.body.Region;
import id.monevkip.directory.body.RegionRepository;
import id.monevkip.shared.DemoLoginHints;
import id.monevkip.shared.Role;
import id.monevkip.shared.RuntimeMode;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo installation: KI Kaltim as organiser, the ten kabupaten/kota of Kalimantan Timur, Pemkab Kutai
 * Kartanegara with its OPDs, kecamatan and desa, provincial OPDs, vertical agencies, election bodies and
 * BUMD, and one account per role. Loaded into an empty directory only, so a restart never duplicates or
 * overwrites what users changed. The rows live in {@code src/main/resources/demo/*.csv}.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class DemoData implements ApplicationRunner, DemoLoginHints {

	/** Shown in README and, in demo mode only, on the login page. */
	static final String PASSWORD = "monev-demo-2026";

	private final RuntimeMode mode;

	private final RegionRepository regions;

	private final BodyCategoryRepository categories;

	private final PublicBodyRepository bodies;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transaction;

	private final Clock clock;

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.demo() || bodies.count() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> load());
	}

	@Override
	public List<DemoLogin> logins() {
		if (!mode.demo()) {
			return List.of();
		}
		return List.of(new DemoLogin(Role.ADMIN, "admin@kipkaltim.test", PASSWORD),
				new DemoLogin(Role.COMMISSIONER, "komisioner@kipkaltim.test", PASSWORD),
				new DemoLogin(Role.ASSESSOR, "penilai@kipkaltim.test", PASSWORD),
				new DemoLogin(Role.COORDINATOR, "diskominfo@kukar.test", PASSWORD),
				new DemoLogin(Role.RESPONDENT, "responden@kukar.test", PASSWORD),
				new DemoLogin(Role.JUROR, "juri@kipkaltim.test", PASSWORD));
	}

	private void load() {
		var now = clock.instant();
		Map<String, Region> regionsByCode = new HashMap<>();
		read("demo/regions.csv", row -> {
			String code = row.get("code");
			String parentCode = code.contains(".") ? code.substring(0, code.lastIndexOf('.')) : null;
			regionsByCode.put(code, regions.save(new Region(code, row.get("name"),
					parentCode == null ? null : regionsByCode.get(parentCode))));
		});
		Map<String, BodyCategory> categoriesByCode = categories.findAll()
			.stream()
			.collect(Collectors.toMap(BodyCategory::getCode, c -> c));
		Map<String, PublicBody> bodiesByCode = new HashMap<>();
		read("demo/bodies.csv", row -> {
			var details = new PublicBody.Details(row.get("name"), categoriesByCode.get(row.get("category")),
					regionsByCode.get(row.get("region")), PpidType.valueOf(row.get("ppid_type")),
					blankToNull(row.get("website")), blankToNull(row.get("email")), blankToNull(row.get("phone")),
					blankToNull(row.get("address")));
			var body = bodies.save(new PublicBody(row.get("code"), details, now));
			body.placeUnder(bodiesByCode.get(row.get("parent")));
			bodiesByCode.put(body.getCode(), body);
		});
		String hash = passwordEncoder.encode(PASSWORD);
		read("demo/accounts.csv", row -> {
			var roles = Arrays.stream(row.get("roles").split("\\|")).map(Role::valueOf).collect(Collectors.toSet());
			var profile = new Account.Profile(row.get("name"), null, row.get("position"), roles,
					bodiesByCode.get(row.get("body")));
			var account = new Account(row.get("email"), profile, now);
			account.setPassword(hash, false);
			accounts.save(account);
		});
		log.info("Demo data loaded: {} regions, {} public bodies, {} accounts (password {})", regionsByCode.size(),
				bodiesByCode.size(), accounts.count(), PASSWORD);
	}

	private static void read(String resource, Consumer<CSVRecord> rowHandler) {
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8); var parser = format.parse(reader)) {
			parser.forEach(rowHandler);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource, ex);
		}
	}

	private static @Nullable String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
