package id.monevkip.assessment;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.monevkip.IntegrationTest;
import id.monevkip.assessment.internal.AssignmentService;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.Role;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A verifier or judge hears about new bodies by mail: one mail per action, listing the bodies. */
@IntegrationTest
class AssignmentMailTests {

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	AssignmentService assignments;

	@Autowired
	GreenMail greenMail;

	@Autowired
	AssessmentManagement assessment;

	@Autowired
	DirectoryManagement directory;

	@Test
	void anAssignmentByHandIsMailedToThePersonWithTheBodyAndTheLinkToTheirPage() throws Exception {
		var cycle = fixtures.cycle();
		var body = fixtures.participant(cycle, "BUMD", null, null);
		var judge = fixtures.person(Role.JUROR, "Juri Surel", null);

		assignments.assign(cycle, body.getId(), judge.accountId(), AssignmentRole.JUDGE, fixtures.admin());

		var mail = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(judge.email()), m -> m.size() == 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Penugasan penilaian \u2014 Monev penugasan uji");
		assertThat(GreenMailUtil.getBody(mail)).contains("Yth. " + judge.displayName())
			.contains("sebagai juri")
			.contains("- " + body.getName())
			.contains("/juror");
	}

	@Test
	void assigningEverybodyAutomaticallySendsEachPersonOneMailWithAllTheirBodies() throws Exception {
		var cycle = fixtures.cycle();
		var bodies = List.of(fixtures.participant(cycle, "BLUD", null, null), fixtures.participant(cycle, "BLUD", null, null),
				fixtures.participant(cycle, "BLUD", null, null));
		fixtures.person(Role.ASSESSOR, "Verifikator Surel", null);

		assignments.assignAll(cycle, AssignmentRole.VERIFIER, fixtures.admin());

		// whoever got bodies gets exactly one mail naming all of theirs
		var byPerson = bodies.stream()
			.collect(Collectors.groupingBy(b -> assessment.verifiersOf(cycle, b.getId()).get(0).accountId()));
		for (var share : byPerson.entrySet()) {
			var address = directory.contact(share.getKey()).orElseThrow().email();
			var mine = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address), m -> !m.isEmpty());
			var text = mine.stream().map(GreenMailUtil::getBody).filter(t -> t.contains(share.getValue().get(0).getName())).toList();
			assertThat(text).hasSize(1);
			assertThat(text.get(0)).contains("sebagai verifikator", "untuk " + share.getValue().size() + " badan publik");
			share.getValue().forEach(b -> assertThat(text.get(0)).contains("- " + b.getName()));
		}
	}

	private List<MimeMessage> mailsTo(String address) throws Exception {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

}
