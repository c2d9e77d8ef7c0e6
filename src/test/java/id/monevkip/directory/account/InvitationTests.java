package id.monevkip.directory.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.monevkip.IntegrationTest;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class InvitationTests {

	static final String NEW_PASSWORD = "hujan sore di sangatta";

	static final Pattern LINK = Pattern.compile("(https?://\\S+)/invitations/([A-Za-z0-9_-]+)");

	static final String INVALID_ID = "Tautan undangan ini tidak berlaku lagi: sudah kedaluwarsa atau sudah diganti undangan yang lebih baru.";

	static final String USED_ID = "Tautan undangan ini sudah dipakai untuk membuat kata sandi.";

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
	PasswordEncoder passwordEncoder;

	@Autowired
	GreenMail greenMail;

	@Autowired
	Clock clock;

	PublicBody ownRoot;

	PublicBody ownChild;

	CurrentUser coordinator;

	PublicBody otherChild;

	@BeforeEach
	void setUp() {
		ownRoot = fixtures.body();
		ownChild = child(ownRoot);
		coordinator = fixtures.user(fixtures.account(Role.COORDINATOR, ownRoot));
		var otherRoot = fixtures.body();
		otherChild = child(otherRoot);
		fixtures.account(Role.COORDINATOR, otherRoot);
	}

	@Test
	void invitationMailCarriesALinkThatSetsThePasswordOnce() throws Exception {
		String email = uniqueEmail();

		var invited = invite(coordinator, email, ownChild.getId());

		assertThat(invited).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/coordinator/accounts");
		assertThat(invited).flash().containsEntry("message", "invitations.sent");
		var account = accounts.findByEmail(email).orElseThrow();
		assertThat(account.getRoles()).containsExactly(Role.RESPONDENT);
		assertThat(account.getPublicBody().getId()).isEqualTo(ownChild.getId());
		assertThat(account.getPasswordHash()).isNull();

		var mail = awaitMailTo(email);
		assertThat(mail.getSubject()).isEqualTo("Undangan e-Monev KIP \u2014 " + ownChild.getName());
		String text = GreenMailUtil.getBody(mail).replace("\r\n", "\n");
		assertThat(text).contains("Yth. Ibu Uji Undangan,", "Email untuk masuk: " + email, "berlaku sampai")
			.doesNotContain("[(", "#{", "??");
		String token = token(text);
		assertThat(token).hasSizeGreaterThanOrEqualTo(43);
		assertThat(invitations.findWithAccountByTokenHash(InvitationToken.hash(token))).isPresent();

		assertThat(mvc.get().uri("/invitations/" + token)).hasStatusOk().bodyText().contains("Ibu Uji Undangan", email);

		var accepted = accept(token, NEW_PASSWORD, NEW_PASSWORD);
		assertThat(accepted).redirectedUrl().isEqualTo("/login");
		assertThat(accepted).flash().containsEntry("message", "invitations.accepted");
		var saved = fixtures.reload(account);
		assertThat(passwordEncoder.matches(NEW_PASSWORD, saved.getPasswordHash())).isTrue();
		assertThat(saved.isMustChangePassword()).isFalse();
		assertThat(invitations.findWithAccountByTokenHash(InvitationToken.hash(token)).orElseThrow().getUsedAt())
			.isNotNull();
		var login = mvc.post().uri("/login").param("username", email).param("password", NEW_PASSWORD).with(csrf()).exchange();
		assertThat(login).redirectedUrl().isEqualTo("/respondent");

		assertUsed(accept(token, "teh hangat di bontang", "teh hangat di bontang"));
		assertThat(fixtures.reload(account).getPasswordHash()).isEqualTo(saved.getPasswordHash());
		assertUsed(mvc.get().uri("/invitations/" + token).exchange());
	}

	@Test
	void expiredLinkIsRefusedAndChangesNothing() {
		var account = respondentWithoutPassword(ownChild);
		String token = InvitationToken.generate();
		var invitation = invitations.save(new Invitation(account, InvitationToken.hash(token),
				clock.instant().minus(Invitation.VALIDITY).minusSeconds(60), coordinator.accountId()));

		assertInvalid(mvc.get().uri("/invitations/" + token).exchange());
		assertInvalid(accept(token, NEW_PASSWORD, NEW_PASSWORD));

		assertThat(fixtures.reload(account).getPasswordHash()).isNull();
		assertThat(invitations.findById(invitation.getId()).orElseThrow().getUsedAt()).isNull();
	}

	@Test
	void linkStillWorksJustBeforeSeventyTwoHours() {
		var account = respondentWithoutPassword(ownChild);
		String token = InvitationToken.generate();
		invitations.save(new Invitation(account, InvitationToken.hash(token),
				clock.instant().minus(Invitation.VALIDITY).plusSeconds(60), coordinator.accountId()));

		assertThat(mvc.get().uri("/invitations/" + token)).hasStatusOk();
	}

	@Test
	void unknownLinkGetsTheSamePageInEnglish() {
		var result = mvc.get().uri("/invitations/" + InvitationToken.generate() + "?lang=en").exchange();

		assertThat(result).hasStatus(410)
			.bodyText()
			.contains("This invitation link no longer works: it has expired or a newer invitation replaced it.");
	}

	@Test
	void weakPasswordIsRefusedAndTheLinkStaysUsable() {
		var account = respondentWithoutPassword(ownChild);
		String token = issuedToken(account);

		var refused = accept(token, "123456789", "123456789");

		assertThat(refused).hasStatusOk().bodyText().contains("minimal 10 karakter");
		assertThat(refused).model().extractingBindingResult("form").hasFieldErrorCode("newPassword", "password.policy.tooShort");
		var mismatch = accept(token, NEW_PASSWORD, NEW_PASSWORD + "!");
		assertThat(mismatch).model().extractingBindingResult("form").hasFieldErrorCode("confirmPassword", "password.error.mismatch");
		assertThat(fixtures.reload(account).getPasswordHash()).isNull();
		assertThat(mvc.get().uri("/invitations/" + token)).hasStatusOk();
	}

	@Test
	void resendMailsANewLinkAndTheOldOneStopsWorking() throws Exception {
		var account = respondentWithoutPassword(ownChild);
		String old = issuedToken(account);

		var resent = mvc.post().uri("/coordinator/accounts/" + account.getId() + "/resend").with(user(coordinator)).with(csrf()).exchange();

		assertThat(resent).redirectedUrl().isEqualTo("/coordinator/accounts");
		assertThat(resent).flash().containsEntry("message", "invitations.resent");
		String fresh = token(GreenMailUtil.getBody(awaitMailTo(account.getEmail())));
		assertThat(fresh).isNotEqualTo(old);
		assertInvalid(accept(old, NEW_PASSWORD, NEW_PASSWORD));
		assertThat(fixtures.reload(account).getPasswordHash()).isNull();
		assertThat(accept(fresh, NEW_PASSWORD, NEW_PASSWORD)).redirectedUrl().isEqualTo("/login");
	}

	@Test
	void emailInUseIsAFieldError() {
		var taken = fixtures.respondent();

		var result = invite(coordinator, taken.getEmail().toUpperCase(Locale.ROOT), ownChild.getId());

		assertThat(result).hasStatusOk().bodyText().contains("Email ini sudah dipakai oleh akun lain.");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrorCode("email", "accounts.error.emailTaken");
	}

	@Test
	void coordinatorCannotInviteIntoAnotherSubtree() {
		String email = uniqueEmail();

		var result = invite(coordinator, email, otherChild.getId());

		assertThat(result).hasStatus(404);
		assertThat(accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void demoKukarCoordinatorCannotInviteForKutim() {
		var kukar = fixtures.user(accounts.findByEmail("diskominfo@kukar.test").orElseThrow());
		long kutim = bodies.findByCode("PEMKAB-KUTIM").orElseThrow().getId();
		String email = uniqueEmail();

		var result = invite(kukar, email, kutim);

		assertThat(result).hasStatus(404);
		assertThat(accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void coordinatorCannotTouchAccountsOfAnotherSubtree() {
		var stranger = respondentWithoutPassword(otherChild);
		String token = issuedToken(stranger);

		for (String action : new String[] { "deactivate", "resend", "activate" }) {
			var result = mvc.post().uri("/coordinator/accounts/" + stranger.getId() + "/" + action).with(user(coordinator)).with(csrf()).exchange();
			assertThat(result).hasStatus(404);
		}

		assertThat(fixtures.reload(stranger).isActive()).isTrue();
		assertThat(mvc.get().uri("/invitations/" + token)).hasStatusOk();
	}

	@Test
	void coordinatorCannotSwitchOffAccountsWithOtherRoles() {
		var subCoordinator = fixtures.account(Role.COORDINATOR, ownChild);

		var result = mvc.post().uri("/coordinator/accounts/" + subCoordinator.getId() + "/deactivate").with(user(coordinator)).with(csrf()).exchange();

		assertThat(result).hasStatus(404);
		assertThat(fixtures.reload(subCoordinator).isActive()).isTrue();
	}

	@Test
	void coordinatorSwitchesOwnRespondentsOffAndOnAndSeesOnlyThem() {
		var own = fixtures.account(Role.RESPONDENT, ownChild);
		var stranger = fixtures.account(Role.RESPONDENT, otherChild);

		assertThat(mvc.get().uri("/coordinator/accounts").with(user(coordinator))).hasStatusOk()
			.bodyText()
			.contains(own.getEmail())
			.doesNotContain(stranger.getEmail());

		var off = mvc.post().uri("/coordinator/accounts/" + own.getId() + "/deactivate").with(user(coordinator)).with(csrf()).exchange();
		assertThat(off).flash().containsEntry("message", "accounts.deactivated");
		assertThat(fixtures.reload(own).isActive()).isFalse();

		var on = mvc.post().uri("/coordinator/accounts/" + own.getId() + "/activate").with(user(coordinator)).with(csrf()).exchange();
		assertThat(on).flash().containsEntry("message", "accounts.activated");
		assertThat(fixtures.reload(own).isActive()).isTrue();
	}

	@Test
	void linkOfASwitchedOffAccountIsRefused() {
		var account = respondentWithoutPassword(ownChild);
		String token = issuedToken(account);
		mvc.post().uri("/coordinator/accounts/" + account.getId() + "/deactivate").with(user(coordinator)).with(csrf()).exchange();

		assertInvalid(accept(token, NEW_PASSWORD, NEW_PASSWORD));
		assertThat(fixtures.reload(account).getPasswordHash()).isNull();
	}

	@Test
	void inviteFormOffersOnlyTheOwnSubtree() {
		var result = mvc.get().uri("/coordinator/accounts/new").with(user(coordinator)).exchange();

		assertThat(result).hasStatusOk().bodyText().contains(ownChild.getCode(), ownRoot.getCode()).doesNotContain(otherChild.getCode());
	}

	@Test
	void respondentsCannotOpenTheCoordinatorPages() {
		var respondent = fixtures.user(fixtures.account(Role.RESPONDENT, ownChild));

		assertThat(mvc.get().uri("/coordinator/accounts").with(user(respondent))).hasStatus(403);
	}

	private PublicBody child(PublicBody parent) {
		var child = fixtures.body();
		child.placeUnder(parent);
		return bodies.save(child);
	}

	private Account respondentWithoutPassword(PublicBody body) {
		var account = new Account(uniqueEmail(),
				new Account.Profile("Uji Responden", null, null, java.util.Set.of(Role.RESPONDENT), body), clock.instant());
		return accounts.save(account);
	}

	private String issuedToken(Account account) {
		String token = InvitationToken.generate();
		invitations.save(new Invitation(account, InvitationToken.hash(token), clock.instant(), coordinator.accountId()));
		return token;
	}

	private MvcTestResult invite(CurrentUser who, String email, long bodyId) {
		return mvc.post()
			.uri("/coordinator/accounts")
			.param("email", email)
			.param("displayName", "Ibu Uji Undangan")
			.param("bodyId", String.valueOf(bodyId))
			.param("language", "id")
			.with(user(who))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult accept(String token, String password, String confirm) {
		return mvc.post()
			.uri("/invitations/" + token)
			.param("newPassword", password)
			.param("confirmPassword", confirm)
			.with(csrf())
			.exchange();
	}

	private void assertInvalid(MvcTestResult result) {
		assertThat(result).hasStatus(410).bodyText().contains(INVALID_ID);
	}

	private void assertUsed(MvcTestResult result) {
		assertThat(result).hasStatus(410).bodyText().contains(USED_ID).doesNotContain(INVALID_ID);
	}

	private static String uniqueEmail() {
		return AccountFixtures.unique("undangan") + "@uji.test";
	}

	static String token(String mailText) {
		var matcher = LINK.matcher(mailText.replace("=\r\n", "").replace("=\n", ""));
		assertThat(matcher.find()).as("an invitation link in:\n" + mailText).isTrue();
		return matcher.group(2);
	}

	private MimeMessage awaitMailTo(String address) throws Exception {
		return awaitMailTo(greenMail, address);
	}

	/** The listener mails after the commit, on another thread. */
	static MimeMessage awaitMailTo(GreenMail greenMail, String address) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			for (MimeMessage message : greenMail.getReceivedMessages()) {
				var recipients = message.getRecipients(Message.RecipientType.TO);
				if (recipients != null && recipients.length == 1 && recipients[0].toString().equals(address)) {
					return message;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No mail to " + address + " arrived");
	}

}
