package id.monevkip.directory.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.RegionLevel;
import id.monevkip.directory.account.Account;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.Region;
import id.monevkip.directory.body.RegionRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static id.monevkip.directory.imports.CsvImportIntegrationTests.assertCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class RegionImportIntegrationTests {

	static final Pattern IMPORT_URL = Pattern.compile("/admin/imports/([0-9a-f-]{36})\\?type=regions");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	RegionRepository regions;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	CurrentUser admin;

	/**
	 * A two-digit province code no region uses yet, so that every test owns its province; the whole range
	 * is scanned because a database kept between runs (TEST_DB_URL) keeps the provinces of earlier runs.
	 */
	String province;

	@BeforeEach
	void createAdminAndPickAFreeProvince() {
		String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
		var account = accounts.save(new Account("region-admin-" + suffix + "@test.id",
				new Account.Profile("Admin Wilayah", null, null, Set.of(Role.ADMIN), null), clock.instant()));
		admin = new CurrentUser(account.getId(), account.getEmail(), "Admin Wilayah", "", null, Set.of(Role.ADMIN),
				true, false, false);
		Set<String> taken = regions.findAll().stream().map(r -> r.getCode().split("\\.")[0]).collect(Collectors.toSet());
		province = IntStream.rangeClosed(10, 99)
			.mapToObj(String::valueOf)
			.filter(code -> !taken.contains(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No free province code left between 10 and 99"));
	}

	String wholeProvince() {
		return "kode,nama\n" + province + ",Provinsi Uji " + province + "\n" + province + ".01,Kabupaten Uji\n"
				+ province + ".01.01,Kecamatan Uji\n" + province + ".01.01.2001,Desa Uji\n";
	}

	String upload(String content) {
		MvcTestResult result = mvc.post()
			.uri("/admin/imports")
			.multipart()
			.file(new MockMultipartFile("file", "wilayah.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))
			.param("type", "regions")
			.with(user(admin))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		var matcher = IMPORT_URL.matcher(result.getResponse().getRedirectedUrl());
		assertThat(matcher.matches()).isTrue();
		return matcher.group(1);
	}

	String preview(String id) throws Exception {
		MvcTestResult result = mvc.get().uri("/admin/imports/{id}?type=regions", id).with(user(admin)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String confirm(String id) throws Exception {
		assertThat(mvc.post().uri("/admin/imports/{id}/confirm", id).param("type", "regions").with(user(admin)).with(csrf()))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/admin/imports/" + id + "/result?type=regions");
		MvcTestResult page = mvc.get().uri("/admin/imports/{id}/result?type=regions", id).with(user(admin)).exchange();
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Code, level and parent code of a stored region, read in a transaction because the parent is lazy. */
	String describe(String code) {
		return transactions.execute(status -> regions.findByCode(code).map(r -> {
			Region parent = r.getParent();
			return r.getCode() + " " + r.getLevel() + " " + (parent == null ? "-" : parent.getCode()) + " " + r.getName();
		}).orElse("absent"));
	}

	@Test
	void importsANewProvinceTopDownWithParentsAndLevels() throws Exception {
		String id = upload(wholeProvince());
		String html = preview(id);
		assertCount(html, ImportStatus.NEW, 4);
		assertCount(html, ImportStatus.INVALID, 0);
		assertThat(html).contains("Impor 4 baris valid");
		assertThat(regions.findByCode(province)).isEmpty();

		assertCount(confirm(id), ImportStatus.NEW, 4);
		assertThat(describe(province)).isEqualTo(province + " " + RegionLevel.PROVINCE + " - Provinsi Uji " + province);
		assertThat(describe(province + ".01")).isEqualTo(province + ".01 REGENCY " + province + " Kabupaten Uji");
		assertThat(describe(province + ".01.01"))
			.isEqualTo(province + ".01.01 DISTRICT " + province + ".01 Kecamatan Uji");
		assertThat(describe(province + ".01.01.2001"))
			.isEqualTo(province + ".01.01.2001 VILLAGE " + province + ".01.01 Desa Uji");
	}

	@Test
	void reimportingTheSameFileLeavesEveryRegionUnchanged() throws Exception {
		confirm(upload(wholeProvince()));
		long before = regions.count();

		String id = upload(wholeProvince());
		String html = preview(id);
		assertCount(html, ImportStatus.UNCHANGED, 4);
		assertCount(html, ImportStatus.NEW, 0);
		assertCount(html, ImportStatus.CHANGED, 0);
		assertThat(html).contains("Tidak ada baris yang perlu diimpor.").doesNotContain("/confirm");
		confirm(id);
		assertThat(regions.count()).isEqualTo(before);
	}

	@Test
	void aChangedNameRenamesTheRegion() throws Exception {
		confirm(upload(wholeProvince()));
		String id = upload("kode,nama\n" + province + ".01,Kota Uji\n");
		assertCount(preview(id), ImportStatus.CHANGED, 1);
		confirm(id);
		assertThat(describe(province + ".01")).isEqualTo(province + ".01 REGENCY " + province + " Kota Uji");
	}

	@Test
	void aBadCodeAndAnUnknownParentAreListedWithLineAndColumnAndTheRestIsImported() throws Exception {
		String file = "kode,nama\n" + province + ",Provinsi Uji\n" + province + ".1,Kode Salah\n" + province
				+ ".02.01,Kecamatan Yatim\n" + province + ".01,Kabupaten Uji\n";
		String id = upload(file);
		String html = preview(id);
		assertCount(html, ImportStatus.NEW, 2);
		assertCount(html, ImportStatus.INVALID, 2);
		assertThat(html).containsPattern("data-label=\"Baris\">3</td>\\s*<td[^>]*>" + province
				+ "\\.1</td>\\s*<td data-label=\"Kolom\">kode</td>\\s*<td[^>]*>Kode wilayah harus berbentuk kode Kemendagri");
		assertThat(html).containsPattern("data-label=\"Baris\">4</td>\\s*<td[^>]*>" + province
				+ "\\.02\\.01</td>\\s*<td data-label=\"Kolom\">kode</td>\\s*<td[^>]*>Wilayah induk " + province
				+ "\\.02 tidak ada\\.");

		String result = confirm(id);
		assertCount(result, ImportStatus.NEW, 2);
		assertCount(result, ImportStatus.INVALID, 2);
		assertThat(describe(province + ".01")).isEqualTo(province + ".01 REGENCY " + province + " Kabupaten Uji");
		assertThat(regions.findByCode(province + ".1")).isEmpty();
		assertThat(regions.findByCode(province + ".02.01")).isEmpty();
	}

	@Test
	void importedRegionsAppearInTheBodyFormAndTheBodiesFilter() throws Exception {
		confirm(upload(wholeProvince()));
		String option = "value=\"" + province + ".01.01\"";
		assertThat(mvc.get().uri("/admin/bodies/new").with(user(admin))).hasStatusOk().bodyText().contains(option);
		assertThat(mvc.get().uri("/bodies").with(user(admin))).hasStatusOk().bodyText().contains(option);
	}

	@Test
	void uploadPageListsRegionsFirstAndServesTheirTemplate() throws Exception {
		MvcTestResult page = mvc.get().uri("/admin/imports").with(user(admin)).exchange();
		assertThat(page).hasStatusOk();
		String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("/admin/imports/templates/regions.csv", "Wilayah (kode Kemendagri)", "64.02.06.2012");
		assertThat(html.indexOf("id=\"type-regions\"")).isPositive().isLessThan(html.indexOf("id=\"type-bodies\""));

		MvcTestResult template = mvc.get().uri("/admin/imports/templates/regions.csv").with(user(admin)).exchange();
		assertThat(template).hasStatusOk()
			.hasContentType("text/csv;charset=UTF-8")
			.hasHeader("Content-Disposition", "attachment; filename=\"regions.csv\"");
		assertThat(template.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFkode,nama\r\n"
				+ "64,Provinsi Kalimantan Timur\r\n64.02,Kabupaten Kutai Kartanegara\r\n64.02.06,Kecamatan Tenggarong\r\n"
				+ "64.02.06.2012,Desa Contoh\r\n");
	}

}
