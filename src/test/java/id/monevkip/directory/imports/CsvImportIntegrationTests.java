package id.monevkip.directory.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.PpidType;
import id.monevkip.directory.account.Account;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.BodyCategoryRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class CsvImportIntegrationTests {

	static final String HEADER = "kode,nama,kategori,wilayah,induk,jenis_ppid,website,email,telepon,alamat\n";

	static final Pattern IMPORT_URL = Pattern.compile("/admin/imports/([0-9a-f-]{36})\\?type=(regions|bodies|accounts)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PublicBodyRepository bodies;

	@Autowired
	RegionRepository regions;

	@Autowired
	BodyCategoryRepository categories;

	@Autowired
	Clock clock;

	CurrentUser admin;

	String suffix;

	@BeforeEach
	void createAdmin() {
		suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		var account = accounts.save(new Account("import-admin-" + suffix + "@test.id",
				new Account.Profile("Admin Impor", null, null, Set.of(Role.ADMIN), null), clock.instant()));
		admin = new CurrentUser(account.getId(), account.getEmail(), "Admin Impor", "", null, Set.of(Role.ADMIN), true,
				false, false);
	}

	/** Uploads and returns the id of the stored file, checking the redirect to its preview. */
	String upload(String type, byte[] content) {
		MvcTestResult result = mvc.post()
			.uri("/admin/imports")
			.multipart()
			.file(new MockMultipartFile("file", "data.csv", "text/csv", content))
			.param("type", type)
			.with(user(admin))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		var matcher = IMPORT_URL.matcher(result.getResponse().getRedirectedUrl());
		assertThat(matcher.matches()).isTrue();
		return matcher.group(1);
	}

	String preview(String id, String type) throws Exception {
		MvcTestResult result = mvc.get().uri("/admin/imports/{id}?type={type}", id, type).with(user(admin)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String confirm(String id, String type) throws Exception {
		MvcTestResult result = mvc.post()
			.uri("/admin/imports/{id}/confirm", id)
			.param("type", type)
			.with(user(admin))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/imports/" + id + "/result?type=" + type);
		MvcTestResult page = mvc.get().uri("/admin/imports/{id}/result?type={type}", id, type).with(user(admin)).exchange();
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static void assertCount(String html, ImportStatus status, int count) {
		assertThat(html).containsPattern("id=\"count-" + status + "\">\\s*<span class=\"stat-value\">" + count + "<");
	}

	String bodiesFile() {
		String region = "99." + suffix.replaceAll("[^0-9]", "1").substring(0, 6);
		if (regions.findByCode(region).isEmpty()) {
			regions.save(new Region(region, "Wilayah Uji " + suffix, null));
		}
		return HEADER + "P-" + suffix + ",Pemkab Uji," + "PEMKAB_PEMKOT," + region + ",,UTAMA,https://uji.go.id,ppid@uji.go.id,0541-1,Jl. Uji\n"
				+ "C-" + suffix + ",Dinas Uji,PD_KABKOTA,,P-" + suffix + ",PELAKSANA,,,,\n"
				+ "B-" + suffix + ",Kategori Salah,NOPE,,,UTAMA,,,,\n"
				+ "P-" + suffix + ",Duplikat,PEMKAB_PEMKOT,,,UTAMA,,,,\n";
	}

	@Test
	void previewListsBadRowsWithLineAndColumnAndConfirmImportsOnlyValidRows() throws Exception {
		String id = upload("bodies", bodiesFile().getBytes(StandardCharsets.UTF_8));

		String html = preview(id, "bodies");
		assertCount(html, ImportStatus.NEW, 2);
		assertCount(html, ImportStatus.INVALID, 2);
		assertThat(html).containsPattern("data-label=\"Baris\">4</td>\\s*<td[^>]*>B-" + suffix
				+ "</td>\\s*<td data-label=\"Kolom\">kategori</td>\\s*<td[^>]*>Kategori NOPE tidak ada.</td>");
		assertThat(html).containsPattern("data-label=\"Baris\">5</td>\\s*<td[^>]*>P-" + suffix
				+ "</td>\\s*<td data-label=\"Kolom\">kode</td>\\s*<td[^>]*>Kode ini sudah ada di baris 2 berkas ini.</td>");
		assertThat(html).contains("Impor 2 baris valid");
		assertThat(bodies.findByCode("P-" + suffix)).isEmpty();

		String result = confirm(id, "bodies");
		assertCount(result, ImportStatus.NEW, 2);
		assertCount(result, ImportStatus.INVALID, 2);
		var parent = bodies.findByCode("P-" + suffix).orElseThrow();
		var child = bodies.findByCode("C-" + suffix).orElseThrow();
		assertThat(parent.getName()).isEqualTo("Pemkab Uji");
		assertThat(parent.getPath()).isEqualTo("/");
		assertThat(child.getPath()).isEqualTo(parent.ownPath());
		assertThat(bodies.findByCode("B-" + suffix)).isEmpty();
		assertThat(mvc.get().uri("/admin/imports/{id}?type=bodies", id).with(user(admin)))
			.hasStatus3xxRedirection();
	}

	@Test
	void reimportingTheSameFileChangesNothing() throws Exception {
		byte[] file = bodiesFile().getBytes(StandardCharsets.UTF_8);
		confirm(upload("bodies", file), "bodies");
		var before = bodies.findByCode("C-" + suffix).orElseThrow();
		var parentBefore = bodies.findByCode("P-" + suffix).orElseThrow();

		String id = upload("bodies", file);
		String html = preview(id, "bodies");
		assertCount(html, ImportStatus.UNCHANGED, 2);
		assertCount(html, ImportStatus.NEW, 0);
		assertCount(html, ImportStatus.CHANGED, 0);
		assertThat(html).doesNotContain("baris valid").contains("Tidak ada baris yang perlu diimpor.");
		confirm(id, "bodies");

		var after = bodies.findByCode("C-" + suffix).orElseThrow();
		var parentAfter = bodies.findByCode("P-" + suffix).orElseThrow();
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(after.getUpdatedAt()).isEqualTo(before.getUpdatedAt());
		assertThat(parentAfter.getVersion()).isEqualTo(parentBefore.getVersion());
		assertThat(parentAfter.getUpdatedAt()).isEqualTo(parentBefore.getUpdatedAt());
	}

	@Test
	void changedRowUpdatesTheBodyAndMovesItsSubtree() throws Exception {
		confirm(upload("bodies", bodiesFile().getBytes(StandardCharsets.UTF_8)), "bodies");
		String moved = HEADER + "N-" + suffix + ",Induk Baru,PEMKAB_PEMKOT,,,UTAMA,,,,\n"
				+ "P-" + suffix + ",Pemkab Uji Baru,PEMKAB_PEMKOT,,N-" + suffix + ",UTAMA,,,,\n";
		String id = upload("bodies", moved.getBytes(StandardCharsets.UTF_8));
		assertCount(preview(id, "bodies"), ImportStatus.CHANGED, 1);
		confirm(id, "bodies");

		var root = bodies.findByCode("N-" + suffix).orElseThrow();
		var parent = bodies.findByCode("P-" + suffix).orElseThrow();
		var child = bodies.findByCode("C-" + suffix).orElseThrow();
		assertThat(parent.getName()).isEqualTo("Pemkab Uji Baru");
		assertThat(parent.getPath()).isEqualTo(root.ownPath());
		assertThat(child.getPath()).isEqualTo(parent.ownPath());
	}

	@Test
	void wrongColumnsImportNothing() throws Exception {
		String file = "kode,nama,jenis,kota\nW-" + suffix + ",Salah Kolom,UTAMA,Samarinda\n";
		String id = upload("bodies", file.getBytes(StandardCharsets.UTF_8));
		String html = preview(id, "bodies");
		assertThat(html).contains("Kolom tidak dikenal: jenis, kota").contains("Kolom wajib tidak ada: kategori, jenis_ppid")
			.doesNotContain("/confirm");
		confirm(id, "bodies");
		assertThat(bodies.findByCode("W-" + suffix)).isEmpty();
	}

	@Test
	void latin1FileGivesAnEncodingError() throws Exception {
		byte[] latin1 = (HEADER + "L-" + suffix + ",Caf\u00e9 Desa,DESA,,,DESA,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
		String html = preview(upload("bodies", latin1), "bodies");
		assertThat(html).contains("Berkas bukan teks UTF-8").contains("CSV UTF-8").doesNotContain("/confirm");
	}

	@Test
	void tenMegabytesOfRandomBytesGiveAClearErrorAndImportNothing() throws Exception {
		long before = bodies.count();
		byte[] junk = new byte[10 * 1024 * 1024];
		new Random(7).nextBytes(junk);
		String id = upload("bodies", junk);
		assertThat(preview(id, "bodies")).contains("Berkas lebih besar dari 5 MB").doesNotContain("/confirm");
		confirm(id, "bodies");
		assertThat(bodies.count()).isEqualTo(before);
	}

	@Test
	void importedAccountsHaveNoPasswordAndCannotLogIn() throws Exception {
		var desa = categories.findByCode("DESA").orElseThrow();
		var body = bodies.save(new PublicBody("DESA-" + suffix,
				new PublicBody.Details("Desa Uji", desa, null, PpidType.DESA, null, null, null, null), clock.instant()));
		String email = "responden-" + suffix.toLowerCase(Locale.ROOT) + "@uji.test";
		String file = "email;nama;peran;kode_badan;jabatan;telepon\n" + email.toUpperCase(Locale.ROOT)
				+ ";Responden Uji;RESPONDENT;desa-" + suffix + ";Sekretaris Desa;0812 3456 789\n";
		String id = upload("accounts", file.getBytes(StandardCharsets.UTF_8));
		assertCount(preview(id, "accounts"), ImportStatus.NEW, 1);
		assertThat(confirm(id, "accounts")).contains("belum punya kata sandi");

		var account = accounts.findByEmail(email).orElseThrow();
		assertThat(account.getPasswordHash()).isNull();
		assertThat(account.getRoles()).containsExactly(Role.RESPONDENT);
		assertThat(account.getPublicBody().getId()).isEqualTo(body.getId());
		assertThat(mvc.post().uri("/login").param("username", email).param("password", "").with(csrf()))
			.hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error");
		assertThat(mvc.post().uri("/login").param("username", email).param("password", "monev-demo-2026").with(csrf()))
			.hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error");
	}

	@Test
	void unknownOrMalformedImportIdsAnswer404() {
		String unknown = UUID.randomUUID().toString();
		assertThat(mvc.get().uri("/admin/imports/{id}?type=bodies", unknown).with(user(admin))).hasStatus(404);
		assertThat(mvc.get().uri("/admin/imports/not-a-uuid?type=bodies").with(user(admin))).hasStatus(404);
		assertThat(mvc.post().uri("/admin/imports/{id}/confirm", unknown).param("type", "bodies").with(user(admin)).with(csrf()))
			.hasStatus(404);
		assertThat(mvc.get().uri("/admin/imports/{id}/result?type=bodies", unknown).with(user(admin))).hasStatus(404);
	}

	@Test
	void uploadPageDocumentsBothFormatsAndServesTheirTemplates() throws Exception {
		assertThat(mvc.get().uri("/admin/imports").with(user(admin))).hasStatusOk().bodyText()
			.contains("jenis_ppid", "kode_badan", "/admin/imports/templates/bodies.csv", "/admin/imports/templates/accounts.csv");
		MvcTestResult template = mvc.get().uri("/admin/imports/templates/accounts.csv").with(user(admin)).exchange();
		assertThat(template).hasStatusOk().hasContentType("text/csv;charset=UTF-8")
			.hasHeader("Content-Disposition", "attachment; filename=\"accounts.csv\"");
		assertThat(template.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.startsWith("\uFEFFemail,nama,peran,kode_badan,jabatan,telepon\r\n");
	}

	@Test
	void nonAdminsCannotImport() {
		var respondent = new CurrentUser(admin.accountId(), admin.email(), "R", "", null, Set.of(Role.RESPONDENT), true,
				false, false);
		assertThat(mvc.get().uri("/admin/imports").with(user(respondent))).hasStatus(403);
	}

}
