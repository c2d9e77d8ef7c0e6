package id.monevkip.guidance.internal;

import java.nio.charset.StandardCharsets;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.RuntimeMode;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's socialisation in the cycle Kutai Kartanegara works in: the commission's announcement, guide, three
 * FAQ entries and helpdesk, and one announcement of Kukar's Diskominfo to its bodies. Loaded only into a demo
 * installation without any announcement, after the other demo data.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
@RequiredArgsConstructor
class GuidanceDemoData implements ApplicationRunner {

	private final RuntimeMode mode;

	private final AnnouncementRepository announcements;

	private final Publishing publishing;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final UserDetailsService users;

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.demo() || announcements.count() > 0) {
			return;
		}
		var kukar = directory.bodyByCode("PEMKAB-KUKAR");
		var cycle = kukar.flatMap(body -> cycles.currentFor(body.id()));
		if (cycle.isEmpty() || !(users.loadUserByUsername("admin@kipkaltim.test") instanceof CurrentUser admin)
				|| !(users.loadUserByUsername("diskominfo@kukar.test") instanceof CurrentUser coordinator)) {
			return;
		}
		var commission = new Publisher(Zone.ADMIN, cycle.get(), null);
		publishing.announce(commission, new AnnouncementDraft("Pengisian SAQ Monev KIP sudah dibuka",
				"Pengisian kuesioner penilaian mandiri (SAQ) sudah dibuka.\n"
						+ "Isi semua pertanyaan dan unggah bukti dukung sebelum batas waktu.\n"
						+ "Pertanyaan seputar pengisian dapat disampaikan ke helpdesk.",
				true, null), admin);
		publishing.addGuide(commission, "Petunjuk teknis pengisian SAQ", "Juknis Monev KIP.pdf",
				new ByteArrayResource(pdf("Petunjuk teknis pengisian SAQ Monev KIP")), admin);
		publishing.addFaq(commission, new FaqDraft("Kapan batas akhir pengisian SAQ?",
				"Batas akhir tampil di beranda Anda, dalam WITA. Setelah itu jawaban tidak bisa diubah lagi.", 10), admin);
		publishing.addFaq(commission, new FaqDraft("Berkas apa saja yang bisa diunggah sebagai bukti dukung?",
				"PDF, dokumen Office dan gambar. Bukti yang berupa halaman web cukup diisi tautannya.", 20), admin);
		publishing.addFaq(commission, new FaqDraft("Bagaimana jika saya lupa kata sandi?",
				"Hubungi koordinator (Diskominfo) kabupaten/kota Anda atau helpdesk Komisi Informasi.", 30), admin);
		publishing.addContact(commission, new ContactDraft("Helpdesk Monev KIP", "Sekretariat Komisi Informasi Kaltim",
				"0541 7777 123", "0812 3456 7890", "helpdesk@kipkaltim.test", "Senin-Jumat 08.00-16.00 WITA"), admin);
		var kukarPublisher = new Publisher(Zone.COORDINATOR, cycle.get(), kukar.get().id());
		publishing.announce(kukarPublisher, new AnnouncementDraft("Bimbingan teknis PPID se-Kutai Kartanegara",
				"Bimtek pengisian SAQ untuk PPID Pelaksana dan PPID Desa di Kantor Diskominfo Kukar, Tenggarong.\n"
						+ "Bawa laptop dan dokumen SK PPID.",
				false, null), coordinator);
		log.info("Demo guidance: commission announcement, guide, FAQ and helpdesk; one Kukar announcement");
	}

	/** A small, valid one-page PDF carrying the document's title. */
	private static byte[] pdf(String title) {
		var content = "BT /F1 14 Tf 72 720 Td (" + title + ") Tj ET";
		var body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
				+ " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
				+ "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
				+ "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n";
		return body.getBytes(StandardCharsets.ISO_8859_1);
	}

}
