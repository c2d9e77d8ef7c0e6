package id.monevkip.evidence;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.PpidType;
import id.monevkip.directory.account.Account;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.BodyCategoryRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.evidence.file.EvidenceFileRepository;
import id.monevkip.evidence.file.EvidenceStorage;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The evidence API as the submission module uses it: limits, races, bulk reads and scope. */
@IntegrationTest
class EvidenceManagementTests {

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	EvidenceLinks links;

	@Autowired
	EvidenceFileRepository files;

	@Autowired
	EvidenceStorage storage;

	@Autowired
	PublicBodyRepository bodies;

	@Autowired
	BodyCategoryRepository categories;

	@Autowired
	AccountRepository accounts;

	@Autowired
	Clock clock;

	final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

	CurrentUser respondent;

	CurrentUser other;

	@BeforeEach
	void setUp() {
		respondent = respondentOf(body("A"));
		other = respondentOf(body("B"));
	}

	@Test
	void aQuestionsSmallerLimitAppliesAndTheRefusalNamesIt() {
		var upload = pdfOf(600 * 1024);

		assertThatThrownBy(() -> evidence.upload(respondent, respondent.bodyId(), upload, DataSize.ofKilobytes(512)))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("evidence.refused.tooLarge");
				assertThat(ex.arguments()).singleElement().hasToString("0.5");
			});
		assertThat(files.findByBodyIdOrderByUploadedAtDescIdDesc(respondent.bodyId())).isEmpty();

		var stored = evidence.upload(respondent, respondent.bodyId(), upload, DataSize.ofMegabytes(1));
		assertThat(stored.file().sizeBytes()).isEqualTo(600 * 1024);
	}

	@Test
	void aLargerLimitThanConfiguredDoesNotRaiseTheConfiguredOne() {
		long configured = evidence.maxFileSizeBytes();
		var upload = pdfOf(configured + 1);

		assertThatThrownBy(() -> evidence.upload(respondent, respondent.bodyId(), upload, DataSize.ofGigabytes(1)))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.arguments()).singleElement().hasToString(String.valueOf(evidence.maxFileSizeMegabytes())));
	}

	@Test
	void twoConcurrentUploadsOfTheSameBytesGiveOneItem() throws Exception {
		var upload = pdfOf(200 * 1024);

		var results = race(() -> evidence.upload(respondent, respondent.bodyId(), upload));

		assertThat(results).extracting(r -> r.file().id()).containsOnly(results.get(0).file().id());
		assertThat(results).extracting(EvidenceUploadResult::alreadyInLibrary).containsExactlyInAnyOrder(true, false);
		assertThat(files.findByBodyIdOrderByUploadedAtDescIdDesc(respondent.bodyId())).hasSize(1);
	}

	@Test
	void twoConcurrentAddsOfTheSameLinkGiveOneLink() throws Exception {
		var url = "https://ppid.example.test/" + tag;

		var results = race(() -> links.add(respondent, respondent.bodyId(), url, "Profil"));

		assertThat(results).extracting(LinkView::id).containsOnly(results.get(0).id());
		assertThat(links.list(respondent, respondent.bodyId())).singleElement().extracting(LinkView::url).isEqualTo(url);
	}

	@Test
	void whenTheRowCannotBeStoredTheNewBlobIsRemoved() throws Exception {
		var bytes = pdfBytes(4096);
		var ghost = ghostOf(respondent);

		assertThatThrownBy(() -> evidence.upload(ghost, respondent.bodyId(), new EvidenceUpload("a.pdf", source(bytes))))
			.isInstanceOf(DataIntegrityViolationException.class);

		assertThat(storage.exists(sha256(bytes))).isFalse();
		assertThat(files.existsBySha256(sha256(bytes))).isFalse();
	}

	@Test
	void whenTheRowCannotBeStoredABlobAnotherBodyUsesStays() throws Exception {
		var bytes = pdfBytes(4096);
		evidence.upload(other, other.bodyId(), new EvidenceUpload("b.pdf", source(bytes)));

		assertThatThrownBy(() -> evidence.upload(ghostOf(respondent), respondent.bodyId(),
				new EvidenceUpload("a.pdf", source(bytes)))).isInstanceOf(DataIntegrityViolationException.class);

		assertThat(storage.exists(sha256(bytes))).isTrue();
		try (var in = evidence.content(other, evidence.files(other, other.bodyId()).get(0).id()).resource().getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
	}

	@Test
	void bulkReadsGiveViewsWithTheirBodiesAndSingleReadsKeepTheScope() {
		var mine = evidence.upload(respondent, respondent.bodyId(), pdfOf(1000)).file();
		var theirs = evidence.upload(other, other.bodyId(), pdfOf(1001)).file();
		var myLink = links.add(respondent, respondent.bodyId(), "https://ppid.example.test/a-" + tag, "A");
		var theirLink = links.add(other, other.bodyId(), "https://ppid.example.test/b-" + tag, "B");

		assertThat(evidence.filesByIds(List.of(mine.id(), theirs.id(), -1L)))
			.extracting(EvidenceFileView::id, EvidenceFileView::bodyId)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(mine.id(), respondent.bodyId()),
					org.assertj.core.groups.Tuple.tuple(theirs.id(), other.bodyId()));
		assertThat(links.linksByIds(List.of(myLink.id(), theirLink.id()))).extracting(LinkView::bodyId)
			.containsExactlyInAnyOrder(respondent.bodyId(), other.bodyId());
		assertThat(evidence.filesByIds(List.of())).isEmpty();
		assertThat(links.link(respondent, myLink.id()).title()).isEqualTo("A");
		assertThatThrownBy(() -> links.link(respondent, theirLink.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> links.check(respondent, theirLink.id())).isInstanceOf(NotFoundException.class);
	}

	/** Runs the action on two threads released at the same moment. */
	private static <T> List<T> race(Callable<T> action) throws Exception {
		var barrier = new CyclicBarrier(2);
		var pool = Executors.newFixedThreadPool(2);
		try {
			Callable<T> task = () -> {
				barrier.await(10, TimeUnit.SECONDS);
				return action.call();
			};
			var first = pool.submit(task);
			var second = pool.submit(task);
			return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The same person but with an account id no account has: the row's foreign key fails after the blob is written. */
	private static CurrentUser ghostOf(CurrentUser user) {
		return new CurrentUser(-1L, user.email(), user.displayName(), user.passwordHash(), user.bodyId(), user.roles(),
				true, false, false);
	}

	private EvidenceUpload pdfOf(long size) {
		var header = ("%PDF-1.4\n% " + tag + " " + size + " " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
		InputStreamSource source = () -> new InputStream() {
			long position;

			@Override
			public int read() {
				if (position >= size) {
					return -1;
				}
				int b = position < header.length ? header[(int) position] : (int) (position % 251);
				position++;
				return b & 0xff;
			}
		};
		return new EvidenceUpload("bukti-" + tag + ".pdf", source);
	}

	private byte[] pdfBytes(int size) throws Exception {
		try (var in = pdfOf(size).content().getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static InputStreamSource source(byte[] bytes) {
		return () -> new ByteArrayInputStream(bytes);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private PublicBody body(String suffix) {
		var details = new PublicBody.Details("Badan API " + tag + " " + suffix, categories.findByCode("PD_KABKOTA").orElseThrow(),
				null, PpidType.UTAMA, null, null, null, null);
		var body = bodies.save(new PublicBody("EA" + tag + "-" + suffix, details, clock.instant()));
		body.placeUnder(null);
		return bodies.save(body);
	}

	private CurrentUser respondentOf(PublicBody body) {
		var account = new Account("evidence-api-" + UUID.randomUUID() + "@evidence.test",
				new Account.Profile("Responden " + tag, null, null, Set.of(Role.RESPONDENT), body), clock.instant());
		account.setPassword("{noop}not-used", false);
		var saved = accounts.save(account);
		return new CurrentUser(saved.getId(), saved.getEmail(), saved.getDisplayName(), "{noop}not-used", body.getId(),
				Set.of(Role.RESPONDENT), true, false, false);
	}

}
