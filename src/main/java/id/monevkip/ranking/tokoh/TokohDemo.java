package id.monevkip.ranking.tokoh;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.monevkip.cycle.DemoCycles;
import id.monevkip.shared.ApplicationClock;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Wita;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The tokoh award in the demo, through the services people use: last year's cycle complete (five nominations, the
 * default rubric, two jurors who submitted everything, one declared conflict, the commissioners' selection with
 * reasons), at last year's dates; this year's cycle with two nominations by the Kutai Kartanegara coordinator and
 * the team, nothing scored. Each part runs only while its cycle has no nominations, in a demo installation only.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 85)
@RequiredArgsConstructor
class TokohDemo implements ApplicationRunner {

	private static final String PARAGRAPH = " Inisiatif ini didokumentasikan dalam laporan tahunan PPID dan diliput media lokal.";

	private final DemoCycles demoCycles;

	private final Nominations nominations;

	private final NominationRepository nominationRows;

	private final TokohRubric rubric;

	private final TokohTeam team;

	private final Rounds rounds;

	private final Jury jury;

	private final TokohRanking ranking;

	private final Selections selections;

	private final UserDetailsService users;

	private final ApplicationClock clock;

	@Override
	public void run(ApplicationArguments args) {
		demoCycles.lastYear()
			.filter(c -> nominationRows.findByCycleIdOrderByName(c.id()).isEmpty())
			.ifPresent(c -> lastYear(c.id(), c.year()));
		demoCycles.thisYear()
			.filter(c -> nominationRows.findByCycleIdOrderByName(c.id()).isEmpty())
			.ifPresent(c -> thisYear(c.id()));
	}

	private void lastYear(long cycleId, int year) {
		var admin = user("admin@kipkaltim.test");
		var coordinator = user("diskominfo@kukar.test");
		var jurors = List.of(user("juri@kipkaltim.test"), user("juri2@kipkaltim.test"));
		var ids = at(year, 9, 15, () -> {
			rubric.define(cycleId, TokohRubric.DEFAULT);
			jurors.forEach(j -> team.add(cycleId, j.accountId()));
			var created = new HashMap<String, Long>();
			created.put("bupati", nominate(cycleId, admin, "H. Andi Saputra Rahman, S.E., M.M.", "Bupati",
					"Pemerintah Kabupaten Berau",
					"Menetapkan peraturan bupati tentang layanan informasi publik, menganggarkan PPID pembantu di setiap"
							+ " perangkat daerah dan membuka data APBD hingga tingkat kegiatan di portal resmi kabupaten.",
					true));
			created.put("desa", nominate(cycleId, coordinator, "Siti Nurhaliza Putri, S.Sos.", "Kepala Desa",
					"Pemerintah Desa Sumber Sari, Kutai Kartanegara",
					"Memasang papan informasi APBDes di setiap RT, membuka musyawarah desa untuk warga melalui siaran"
							+ " radio komunitas dan menjawab setiap permohonan informasi dalam lima hari kerja.",
					false));
			created.put("ppid", nominate(cycleId, admin, "Muhammad Rizky Pratama, S.Kom.", "PPID Pelaksana",
					"Dinas Komunikasi dan Informatika Kota Samarinda",
					"Membangun layanan permohonan informasi daring yang terhubung dengan pesan singkat, melatih petugas"
							+ " PPID pembantu di 10 kecamatan dan menerbitkan daftar informasi publik yang diperbarui tiap bulan.",
					false));
			created.put("kadis", nominate(cycleId, admin, "Dr. Hj. Ratna Dewi Lestari, M.Pd.",
					"Kepala Dinas Pendidikan dan Kebudayaan", "Pemerintah Provinsi Kalimantan Timur",
					"Mewajibkan setiap sekolah menengah mengumumkan dana BOS dan hasil penerimaan peserta didik baru"
							+ " secara terbuka, dan memimpin penyusunan standar layanan informasi satuan pendidikan.",
					false));
			created.put("kim", nominate(cycleId, admin, "Yohanes Bambang Setiawan", "Ketua Kelompok Informasi Masyarakat",
					"KIM Teluk Bayur, Kota Balikpapan",
					"Menggerakkan warga menggunakan hak atas informasi, mendampingi 40 permohonan informasi ke badan publik"
							+ " dan menyebarkan hasilnya melalui buletin warga.",
					false));
			rounds.close(cycleId, admin);
			return created;
		});
		at(year, 9, 20, () -> jury.declareConflict(jurors.get(1), ids.get("ppid"),
				"Pernah bekerja di Diskominfo Kota Samarinda bersama nomine hingga 2023."));
		// the level each nominee is seen at: the bupati ranks first, the village head second
		var levels = Map.of("bupati", 90, "desa", 84, "ppid", 82, "kadis", 76, "kim", 79);
		int day = 21;
		for (var juror : jurors) {
			for (var entry : ids.entrySet()) {
				if (juror == jurors.get(1) && entry.getKey().equals("ppid")) {
					continue;
				}
				at(year, 9, day++, () -> jury.score(juror, entry.getValue(),
						scores(cycleId, entry.getValue(), juror, levels.get(entry.getKey())), true));
			}
		}
		var commissioner = user("komisioner@kipkaltim.test");
		at(year, 10, 30, () -> {
			var rows = ranking.ranking(cycleId);
			selections.select(cycleId, rows.get(0).nominationId(),
					"Nilai tertinggi dari tim khusus; kebijakan keterbukaan yang dijalankan sampai tingkat perangkat daerah"
							+ " dan berdampak langsung bagi warga.", commissioner);
			selections.select(cycleId, ids.get("desa"),
					"Teladan keterbukaan di tingkat desa: APBDes dan musyawarah desa terbuka bagi seluruh warga.",
					commissioner);
		});
		log.info("Demo tokoh award of {}: {} nominations scored, selection recorded", year, ids.size());
	}

	private void thisYear(long cycleId) {
		var coordinator = user("diskominfo@kukar.test");
		team.add(cycleId, user("juri@kipkaltim.test").accountId());
		team.add(cycleId, user("juri2@kipkaltim.test").accountId());
		nominate(cycleId, coordinator, "Hj. Nur Aini Fitriani, S.H.", "Camat Tenggarong Seberang",
				"Pemerintah Kabupaten Kutai Kartanegara",
				"Membuka layanan informasi di kantor kecamatan setiap hari kerja, mengumumkan jadwal dan biaya layanan"
						+ " administrasi kependudukan dan mendorong seluruh desa di kecamatan membentuk PPID desa.",
				true);
		nominate(cycleId, coordinator, "Agus Salim Harahap, S.IP.", "Kepala Desa", "Pemerintah Desa Loa Duri Ilir",
				"Menerbitkan laporan realisasi dana desa setiap triwulan di media sosial desa dan menyediakan meja"
						+ " pengaduan serta permohonan informasi di balai desa.",
				false);
		log.info("Demo tokoh award of the running cycle: two nominations, team set");
	}

	private long nominate(long cycleId, CurrentUser by, String name, String position, String institution,
			String rationale, boolean withDocument) {
		var uploads = withDocument
				? List.of(new Nominations.Upload("Surat usulan " + name.split(",")[0] + ".pdf", letter(name)))
				: List.<Nominations.Upload>of();
		return nominations.nominate(cycleId, new NominationForm(name, position, institution, rationale + PARAGRAPH),
				uploads, by);
	}

	/** Each juror's own leniency around a level that differs per nominee. */
	private Map<String, @Nullable Integer> scores(long cycleId, long nominationId, CurrentUser juror, int base) {
		var random = new Random(nominationId * 31 + juror.accountId());
		var result = new HashMap<String, @Nullable Integer>();
		for (var criterion : rubric.criteria(cycleId)) {
			result.put(criterion.code(), Math.max(0, Math.min(100, base - 3 + random.nextInt(7))));
		}
		return result;
	}

	/** A one-page PDF letter, enough for the content check (Tika) and a download. */
	private static byte[] letter(String name) {
		var text = "Surat usulan Anugerah Tokoh Keterbukaan Informasi: " + name.replaceAll("[()\\\\]", "");
		var stream = "BT /F1 11 Tf 50 780 Td (" + text + ") Tj ET";
		var pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
				+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
				+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>endobj\n"
				+ "4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
				+ "5 0 obj<</Length " + stream.length() + ">>stream\n" + stream + "\nendstream endobj\n"
				+ "trailer<</Root 1 0 R>>\n%%EOF\n";
		return pdf.getBytes(StandardCharsets.ISO_8859_1);
	}

	private <T> T at(int year, int month, int day, java.util.function.Supplier<T> work) {
		var moment = LocalDateTime.of(year, month, Math.min(day, 28), 10, 0).atZone(Wita.ZONE).toInstant();
		return clock.replay(moment, work);
	}

	private void at(int year, int month, int day, Runnable work) {
		at(year, month, day, () -> {
			work.run();
			return null;
		});
	}

	private CurrentUser user(String email) {
		return (CurrentUser) users.loadUserByUsername(email);
	}

}
