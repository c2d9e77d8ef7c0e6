package id.monevkip.assessment.internal;

import java.util.List;

import id.monevkip.assessment.AssignmentRole;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Assignments of the demo, made through the service admins use: the demo assessor (penilai@kipkaltim.test) lives in
 * Kota Samarinda and verifies the three Kutai Kartanegara bodies of the demo cycle (one sent, one half-way, one not
 * started); the demo juror judges Pemkab Kutai Kartanegara. Loaded only into a demo installation without any
 * assignment, after the submissions.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 45)
@RequiredArgsConstructor
class AssessmentDemoData implements ApplicationRunner {

	private static final List<String> VERIFIED = List.of("PEMKAB-KUKAR", "KUKAR-DISKOMINFO", "DESA-6402082009");

	private final RuntimeMode mode;

	private final AssignmentRepository assignments;

	private final AssignmentService service;

	private final AssessorService assessors;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final UserDetailsService users;

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.demo() || assignments.count() > 0) {
			return;
		}
		var kukar = directory.bodyByCode("PEMKAB-KUKAR");
		if (kukar.isEmpty() || !(users.loadUserByUsername("admin@kipkaltim.test") instanceof CurrentUser admin)
				|| !(users.loadUserByUsername("penilai@kipkaltim.test") instanceof CurrentUser assessor)
				|| !(users.loadUserByUsername("juri@kipkaltim.test") instanceof CurrentUser juror)) {
			return;
		}
		var cycle = cycles.currentFor(kukar.get().id());
		if (cycle.isEmpty()) {
			return;
		}
		assessors.setHomeRegion(assessor.accountId(), "64.72");
		for (var code : VERIFIED) {
			directory.bodyByCode(code)
				.ifPresent(body -> service.assign(cycle.get().id(), body.id(), assessor.accountId(),
						AssignmentRole.VERIFIER, admin));
		}
		service.assign(cycle.get().id(), kukar.get().id(), juror.accountId(), AssignmentRole.JUDGE, admin);
		log.info("Demo assignments: penilai@kipkaltim.test verifies {} bodies", VERIFIED.size());
	}

}
