package id.monevkip.ranking.tokoh;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.AppProperties;
import id.monevkip.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Nominations: clear messages and nothing saved for bad input, coordinators see only their own (someone else's is
 * 404, documents too), documents checked by content and kept on disk, nothing changes once nominations close.
 */
@IntegrationTest
class NominationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
		.getBytes(StandardCharsets.ISO_8859_1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TokohFixtures fixtures;

	@Autowired
	Nominations nominations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AppProperties properties;

	long cycleId;

	CurrentUser coordinator;

	@BeforeEach
	void cycleWithCoordinator() {
		cycleId = fixtures.cycle();
		coordinator = fixtures.coordinator(cycleId, "Koordinator Uji");
	}

	@Test
	void aRefusedNominationNamesEveryProblemKeepsWhatWasTypedAndSavesNothing() {
		var result = mvc.post()
			.uri("/coordinator/tokoh")
			.with(user(coordinator))
			.with(csrf())
			.param("name", "  ")
			.param("position", "Camat Tenggarong")
			.param("institution", "Pemerintah Kabupaten Kutai Kartanegara")
			.param("rationale", "Terlalu singkat.");

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Isi nama lengkap tokoh.", "Alasan pengusulan harus 50 sampai 3000 karakter.",
					"value=\"Camat Tenggarong\"", "Terlalu singkat.");
		assertThat(count()).isZero();
	}

	@Test
	void aCoordinatorSeesOnlyOwnNominationsAndGets404ForAnotherOnesAndItsDocuments() {
		var other = fixtures.coordinator(cycleId, "Koordinator Lain");
		assertThat(mvc.post()
			.multipart()
			.file(new MockMultipartFile("files", "Surat usulan.pdf", "application/pdf", PDF))
			.uri("/coordinator/tokoh")
			.with(user(coordinator))
			.with(csrf())
			.param("name", "Rahmawati Usulan Sendiri")
			.param("position", "Kepala Desa")
			.param("institution", "Pemerintah Desa Jonggon")
			.param("rationale", TokohFixtures.RATIONALE)).hasStatus3xxRedirection();
		long mine = nominations.list(cycleId, coordinator).get(0).id();
		long theirs = fixtures.nominate(cycleId, "Bambang Usulan Lain", other);
		long document = jdbc.queryForObject("select id from tokoh_document where nomination_id = ?", Long.class, mine);

		assertThat(mvc.get().uri("/coordinator/tokoh").with(user(coordinator))).hasStatusOk()
			.bodyText()
			.contains("Rahmawati Usulan Sendiri")
			.doesNotContain("Bambang Usulan Lain");
		assertThat(mvc.get().uri("/coordinator/tokoh/" + theirs).with(user(coordinator))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/coordinator/tokoh/" + theirs)
			.with(user(coordinator))
			.with(csrf())
			.param("name", "Diubah")
			.param("position", "X")
			.param("institution", "Y")
			.param("rationale", TokohFixtures.RATIONALE)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/coordinator/tokoh/documents/" + document).with(user(other)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/coordinator/tokoh/documents/" + document).with(user(coordinator))).hasStatusOk()
			.hasContentType("application/pdf")
			.hasBodyTextEqualTo(new String(PDF, StandardCharsets.ISO_8859_1));
		assertThat(mvc.get().uri("/admin/tokoh/documents/" + document).with(user(fixtures.admin()))).hasStatusOk();
		assertThat(jdbc.queryForObject("select name from tokoh_nomination where id = ?", String.class, theirs))
			.isEqualTo("Bambang Usulan Lain");
	}

	@Test
	void documentsAreCheckedByContentAndKeptOnDiskOutsideTheWebRoot() throws Exception {
		var program = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 };
		var refused = mvc.post()
			.multipart()
			.file(new MockMultipartFile("files", "sk-ppid.pdf", "application/pdf", program))
			.uri("/coordinator/tokoh")
			.with(user(coordinator))
			.with(csrf())
			.param("name", "Tokoh Berkas Palsu")
			.param("position", "Kepala Desa")
			.param("institution", "Pemerintah Desa Uji")
			.param("rationale", TokohFixtures.RATIONALE);
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("Berkas sk-ppid.pdf bukan PDF atau gambar", "value=\"Tokoh Berkas Palsu\"");
		assertThat(count()).isZero();

		assertThat(mvc.post()
			.multipart()
			.file(new MockMultipartFile("files", "foto.png", "image/png", png()))
			.file(new MockMultipartFile("files", "sk.pdf", "application/pdf", PDF))
			.uri("/coordinator/tokoh")
			.with(user(coordinator))
			.with(csrf())
			.param("name", "Tokoh Berkas Benar")
			.param("position", "Kepala Desa")
			.param("institution", "Pemerintah Desa Uji")
			.param("rationale", TokohFixtures.RATIONALE)).hasStatus3xxRedirection();
		var stored = jdbc.queryForList("select d.media_type, d.stored_name from tokoh_document d join tokoh_nomination n"
				+ " on n.id = d.nomination_id where n.cycle_id = ? order by d.id", cycleId);
		assertThat(stored).extracting(r -> r.get("media_type")).containsExactly("image/png", "application/pdf");
		Path file = properties.dataDir().resolve("tokoh").resolve((String) stored.get(1).get("stored_name"));
		assertThat(Files.readAllBytes(file)).isEqualTo(PDF);
	}

	@Test
	void onceNominationsAreClosedNothingCanBeAddedOrChanged() {
		long id = fixtures.nominate(cycleId, "Tokoh Sebelum Tutup", coordinator);
		fixtures.close(cycleId);

		assertThat(mvc.post()
			.uri("/coordinator/tokoh/" + id)
			.with(user(coordinator))
			.with(csrf())
			.param("name", "Tokoh Sesudah Tutup")
			.param("position", "Kepala Desa")
			.param("institution", "Pemerintah Desa Uji")
			.param("rationale", TokohFixtures.RATIONALE)).hasStatusOk()
			.bodyText()
			.contains("Pengusulan sudah ditutup");
		assertThat(jdbc.queryForObject("select name from tokoh_nomination where id = ?", String.class, id))
			.isEqualTo("Tokoh Sebelum Tutup");
		assertThat(mvc.get().uri("/coordinator/tokoh").with(user(coordinator))).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"new-nomination\"");
	}

	private long count() {
		return jdbc.queryForObject("select count(*) from tokoh_nomination where cycle_id = ?", Long.class, cycleId);
	}

	/** A 1×1 PNG. */
	private static byte[] png() {
		return java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
	}

}
