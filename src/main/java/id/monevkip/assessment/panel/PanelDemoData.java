package id.monevkip.assessment.panel;

import java.time.LocalTime;
import java.util.List;

import id.monevkip.assessment.session.ScheduleCommand;
import id.monevkip.assessment.session.SessionKind;
import id.monevkip.assessment.session.SessionService;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.Stage;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.scoring.PanelRule;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.RuntimeMode;
import id.monevkip.shared.Wita;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Panels of the demo, made through the services admins use: presentation and visitasi rubrics for the running cycle
 * and the presentation of Pemkab Kutai Kartanegara on the second day of the presentation window. Loaded only into a
 * demo installation whose running cycle has no rubric yet, after the assignments.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
@RequiredArgsConstructor
class PanelDemoData implements ApplicationRunner {

	private final RuntimeMode mode;

	private final RubricService rubrics;

	private final SessionService sessions;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final UserDetailsService users;

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.demo()) {
			return;
		}
		var kukar = directory.bodyByCode("PEMKAB-KUKAR");
		if (kukar.isEmpty() || !(users.loadUserByUsername("admin@kipkaltim.test") instanceof CurrentUser admin)) {
			return;
		}
		var cycle = cycles.currentFor(kukar.get().id());
		if (cycle.isEmpty() || rubrics.rubrics(cycle.get().id()).stream().anyMatch(r -> !r.criteria().isEmpty())) {
			return;
		}
		var cycleId = cycle.get().id();
		rubrics.define(cycleId, PanelStage.PRESENTATION, PanelRule.MEAN, 15, presentation());
		rubrics.define(cycleId, PanelStage.VISITATION, PanelRule.MEDIAN, 15, visitation());
		var opens = cycle.get().window(Stage.PRESENTATION);
		if (opens.isPresent() && !sessions.schedulable(cycleId).isEmpty()) {
			var day = opens.get().opensAt().atZone(Wita.ZONE).toLocalDate().plusDays(1);
			sessions.schedule(cycleId,
					new ScheduleCommand(kukar.get().id(), SessionKind.PRESENTATION, day.atTime(LocalTime.of(9, 0)),
							"Ruang Rapat Komisi Informasi Provinsi Kalimantan Timur, Samarinda",
							"Bupati Kutai Kartanegara\nKepala Diskominfo Kutai Kartanegara (PPID Utama)\nTim juri Monev KIP"),
					admin);
		}
		log.info("Demo panels: rubrics for presentation and visitasi, a presentation of PEMKAB-KUKAR");
	}

	private static List<CriterionCommand> presentation() {
		return List.of(
				criterion("P1", "Komitmen pimpinan", "Kehadiran dan paparan pimpinan tentang kebijakan keterbukaan informasi, anggaran dan SDM PPID.", 25),
				criterion("P2", "Inovasi layanan informasi", "Inovasi dan strategi layanan informasi digital maupun nondigital serta manfaatnya bagi masyarakat.", 25),
				criterion("P3", "Penguasaan materi", "Ketepatan dan kejelasan jawaban atas pertanyaan juri.", 20),
				criterion("P4", "Kualitas website dan DIP", "Daftar Informasi Publik terkini, informasi berkala, serta-merta dan setiap saat mudah ditemukan.", 30));
	}

	private static List<CriterionCommand> visitation() {
		return List.of(
				criterion("V1", "Sarana prasarana PPID", "Meja layanan, ruang baca, formulir permohonan dan keberatan, akses bagi penyandang disabilitas.", 40),
				criterion("V2", "Kesesuaian dengan SAQ", "Bukti di lapangan sesuai dengan jawaban dan bukti dukung kuesioner.", 35),
				criterion("V3", "Pelayanan petugas", "Petugas memahami SOP, register permohonan tertib, waktu layanan sesuai standar.", 25));
	}

	private static CriterionCommand criterion(String code, String name, String description, int weight) {
		return new CriterionCommand(code, name, description, weight,
				List.of(new Level(1, 0, 20, "Sangat kurang: belum ada atau tidak ditunjukkan"),
						new Level(2, 21, 40, "Kurang: ada sebagian, belum berjalan"),
						new Level(3, 41, 60, "Cukup: ada dan berjalan sebagian"),
						new Level(4, 61, 80, "Baik: lengkap dan berjalan"),
						new Level(5, 81, 100, "Sangat baik: lengkap, berjalan dan berdampak nyata")));
	}

}
