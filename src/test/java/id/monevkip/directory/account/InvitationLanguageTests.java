package id.monevkip.directory.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.monevkip.IntegrationTest;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The coordinator picks the invitation's language; the mail, a resent mail and the link's pages speak it. */
@IntegrationTest
class InvitationLanguageTests {

	static final String PASSWORD = "hujan sore di sangatta";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	InvitationRepository invitations;

	@Autowired
	PublicBodyRepository bodies;

	@Autowired
	GreenMail greenMail;

	PublicBody body;

	CurrentUser coordinator;

	@BeforeEach
	void setUp() {
		var root = fixtures.body();
		body = fixtures.body();
		body.placeUnder(root);
		body = bodies.save(body);
		coordinator = fixtures.user(fixtures.account(Role.COORDINATOR, root));
	}

	@Test
	void englishInvitationHasTheEnglishSubjectAndBody() throws Exception {
		String email = uniqueEmail();

		assertThat(invite(email, "en")).redirectedUrl().isEqualTo("/coordinator/accounts");

		var mail = InvitationTests.awaitMailTo(greenMail, email);
		assertThat(mail.getSubject()).isEqualTo("e-Monev KIP invitation \u2014 " + body.getName());
		assertThat(text(mail)).contains("Dear Ms Test Invitation,", "Email to sign in with: " + email,
				"Open this link to choose your password:", "This link works only once",
				"This email was sent automatically by e-Monev KIP.")
			.doesNotContain("Yth.", "Undangan", "Tautan", "[(", "#{", "??");
		assertThat(language(email)).isEqualTo(Language.EN);
	}

	@Test
	void indonesianInvitationHasTheIndonesianSubjectAndBody() throws Exception {
		String email = uniqueEmail();

		assertThat(invite(email, "id")).redirectedUrl().isEqualTo("/coordinator/accounts");

		var mail = InvitationTests.awaitMailTo(greenMail, email);
		assertThat(mail.getSubject()).isEqualTo("Undangan e-Monev KIP \u2014 " + body.getName());
		assertThat(text(mail)).contains("Yth. Ms Test Invitation,", "Email untuk masuk: " + email,
				"Buka tautan ini untuk membuat kata sandi Anda:")
			.doesNotContain("Dear", "Open this link", "[(", "#{", "??");
		assertThat(language(email)).isEqualTo(Language.ID);
	}

	@Test
	void resendKeepsTheLanguageOfTheFirstInvitation() throws Exception {
		String email = uniqueEmail();
		invite(email, "en");
		InvitationTests.awaitMailTo(greenMail, email);
		long accountId = accounts.findByEmail(email).orElseThrow().getId();

		// the coordinator reads the list in Indonesian; the person still gets English
		var resent = mvc.post().uri("/coordinator/accounts/" + accountId + "/resend").with(user(coordinator)).with(csrf())
			.cookie(new Cookie("lang", "id")).exchange();

		assertThat(resent).flash().containsEntry("message", "invitations.resent");
		var mails = awaitMailsTo(email, 2);
		assertThat(mails.get(1).getSubject()).isEqualTo("e-Monev KIP invitation \u2014 " + body.getName());
		assertThat(text(mails.get(1))).contains("Dear Ms Test Invitation,");
		assertThat(InvitationTests.token(text(mails.get(1)))).isNotEqualTo(InvitationTests.token(text(mails.get(0))));
	}

	@Test
	void linkPageSpeaksTheInvitationsLanguageAndRemembersIt() throws Exception {
		String email = uniqueEmail();
		invite(email, "en");
		String token = InvitationTests.token(text(InvitationTests.awaitMailTo(greenMail, email)));

		var page = mvc.get().uri("/invitations/" + token).exchange();

		assertThat(page).hasStatusOk().bodyText().contains("Choose a password", "Welcome, Ms Test Invitation.");
		assertThat(page).cookies().hasValue("lang", "en");
		var accepted = mvc.post().uri("/invitations/" + token).cookie(new Cookie("lang", "en"))
			.param("newPassword", PASSWORD).param("confirmPassword", PASSWORD).with(csrf()).exchange();
		assertThat(accepted).redirectedUrl().isEqualTo("/login");
		assertThat(mvc.get().uri("/invitations/" + token).exchange()).hasStatus(410).bodyText()
			.contains("This invitation link has already been used to choose a password.");
	}

	@Test
	void visitorWhoSwitchedKeepsTheirLanguage() throws Exception {
		String email = uniqueEmail();
		invite(email, "en");
		String token = InvitationTests.token(text(InvitationTests.awaitMailTo(greenMail, email)));

		var switched = mvc.get().uri("/invitations/" + token + "?lang=id").exchange();
		var remembered = mvc.get().uri("/invitations/" + token).cookie(new Cookie("lang", "id")).exchange();

		assertThat(switched).hasStatusOk().bodyText().contains("Buat kata sandi", "Selamat datang, Ms Test Invitation.");
		assertThat(switched).cookies().hasValue("lang", "id");
		assertThat(remembered).hasStatusOk().bodyText().contains("Buat kata sandi").doesNotContain("Choose a password");
		assertThat(remembered).cookies().doesNotContainCookie("lang");
	}

	@Test
	void usedIndonesianLinkSpeaksIndonesianWithoutACookie() throws Exception {
		String email = uniqueEmail();
		invite(email, "id");
		String token = InvitationTests.token(text(InvitationTests.awaitMailTo(greenMail, email)));
		mvc.post().uri("/invitations/" + token).param("newPassword", PASSWORD).param("confirmPassword", PASSWORD)
			.with(csrf()).exchange();

		var used = mvc.get().uri("/invitations/" + token).exchange();

		assertThat(used).hasStatus(410).bodyText().contains("Tautan sudah dipakai", "Silakan masuk");
	}

	@Test
	void inviteFormPreselectsTheCoordinatorsPageLanguage() {
		var english = mvc.get().uri("/coordinator/accounts/new").cookie(new Cookie("lang", "en")).with(user(coordinator))
			.exchange();
		var indonesian = mvc.get().uri("/coordinator/accounts/new").with(user(coordinator)).exchange();

		assertThat(english).hasStatusOk().model().extractingByKey("form").hasFieldOrPropertyWithValue("language", "en");
		assertThat(english).bodyText().contains("Email language", "Bahasa Indonesia (Indonesian)", "English");
		assertThat(indonesian).hasStatusOk().model().extractingByKey("form").hasFieldOrPropertyWithValue("language", "id");
		assertThat(indonesian).bodyText().contains("Bahasa email", "Bahasa Indonesia", "English (Bahasa Inggris)");
	}

	private MvcTestResult invite(String email, String language) {
		return mvc.post()
			.uri("/coordinator/accounts")
			.param("email", email)
			.param("displayName", "Ms Test Invitation")
			.param("bodyId", String.valueOf(body.getId()))
			.param("language", language)
			.with(user(coordinator))
			.with(csrf())
			.exchange();
	}

	private Language language(String email) {
		long accountId = accounts.findByEmail(email).orElseThrow().getId();
		return invitations.findFirstByAccountIdOrderByIdDesc(accountId).orElseThrow().getLanguage();
	}

	private List<MimeMessage> awaitMailsTo(String address, int count) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (true) {
			List<MimeMessage> found = new ArrayList<>();
			for (MimeMessage message : greenMail.getReceivedMessages()) {
				var recipients = message.getRecipients(Message.RecipientType.TO);
				if (recipients != null && recipients.length == 1 && recipients[0].toString().equals(address)) {
					found.add(message);
				}
			}
			if (found.size() >= count || Instant.now().isAfter(deadline)) {
				assertThat(found).as("mails to " + address).hasSizeGreaterThanOrEqualTo(count);
				return found;
			}
			Thread.sleep(50);
		}
	}

	private static String text(MimeMessage mail) {
		return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=\n", "").replace("\r\n", "\n");
	}

	private static String uniqueEmail() {
		return AccountFixtures.unique("bahasa") + "@uji.test";
	}

}
