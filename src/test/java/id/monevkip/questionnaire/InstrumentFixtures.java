package id.monevkip.questionnaire;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.builder.IndicatorContent;
import id.monevkip.questionnaire.builder.InstrumentService;
import id.monevkip.questionnaire.builder.InstrumentSettings;
import id.monevkip.questionnaire.builder.QuestionContent;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test data for instruments: cycles written straight into the cycle tables (the cycle module has no public
 * way to create one), each in a random year of a random organiser so that tests never share a cycle.
 */
@Component
public class InstrumentFixtures {

	private final JdbcTemplate jdbc;

	private final InstrumentService instruments;

	private final DirectoryManagement directory;

	private final QuestionnaireManagement questionnaires;

	InstrumentFixtures(JdbcTemplate jdbc, InstrumentService instruments, DirectoryManagement directory,
			QuestionnaireManagement questionnaires) {
		this.jdbc = jdbc;
		this.questionnaires = questionnaires;
		this.instruments = instruments;
		this.directory = directory;
	}

	/** A cycle whose SAQ window opens in 30 days (still editable) or opened 30 days ago. */
	public long cycle(boolean saqOpened) {
		Instant opens = Instant.now().plus(Duration.ofDays(saqOpened ? -30 : 30));
		for (int attempt = 0; attempt < 20; attempt++) {
			int year = ThreadLocalRandom.current().nextInt(2000, 2101);
			List<Long> bodies = jdbc.queryForList("SELECT id FROM public_body ORDER BY id", Long.class);
			long organiser = bodies.get(ThreadLocalRandom.current().nextInt(bodies.size()));
			try {
				Long id = jdbc.queryForObject(
						"INSERT INTO cycle (year, assessed_year, title, organiser_body_id) VALUES (?, ?, ?, ?) RETURNING id",
						Long.class, year, year - 1, "Siklus uji " + year, organiser);
				jdbc.update("INSERT INTO cycle_stage_window (cycle_id, stage, opens_at, closes_at) VALUES (?, 'SAQ', ?, ?)",
						id, Timestamp.from(opens), Timestamp.from(opens.plus(Duration.ofDays(20))));
				return id;
			}
			catch (DuplicateKeyException taken) {
				// another test already uses this organiser and year: try another pair
			}
		}
		throw new IllegalStateException("No free cycle year");
	}

	public long categoryId(String code) {
		return directory.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
	}

	public String categoryName(String code) {
		return directory.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().name();
	}

	public List<Long> villageCategoryIds() {
		return directory.categories().stream().filter(CategoryView::village).map(CategoryView::id).toList();
	}

	/** A draft for one category with two indicators (60 + 40) and three questions, ready to publish. */
	public long publishableDraft(long cycleId, String categoryCode) {
		long id = instruments.create(cycleId, new InstrumentSettings("SAQ uji", false, Set.of(categoryId(categoryCode))));
		instruments.addIndicator(id, new IndicatorContent("I1", "Jenis informasi", new BigDecimal("60")));
		instruments.addIndicator(id, new IndicatorContent("I2", "Digitalisasi", new BigDecimal("40")));
		var view = questionnaires.instrument(id);
		instruments.addQuestion(id, view.indicators().get(0).id(), yesNo("Q1"));
		instruments.addQuestion(id, view.indicators().get(0).id(), yesNo("Q2"));
		instruments.addQuestion(id, view.indicators().get(1).id(), choice("Q3"));
		return id;
	}

	public static QuestionContent yesNo(String code) {
		return new QuestionContent(code, "Apakah ada " + code + "?", "Petunjuk " + code, "Contoh " + code,
				AnswerType.YES_NO, BigDecimal.ONE, EvidenceRequirement.FILE_OR_LINK, false, 20, List.of(), List.of(),
				List.of());
	}

	public static QuestionContent choice(String code) {
		return new QuestionContent(code, "Seberapa lengkap " + code + "?", "Petunjuk", null, AnswerType.SINGLE_CHOICE,
				new BigDecimal("2"), EvidenceRequirement.LINK, false, 10,
				List.of(new QuestionView.Option("A", "Lengkap", BigDecimal.ONE),
						new QuestionView.Option("B", "Sebagian", new BigDecimal("0.5"))),
				List.of(), List.of());
	}

	public static CurrentUser admin() {
		return new CurrentUser(1L, "admin-uji@kipkaltim.test", "Admin Uji", "x", null, Set.of(Role.ADMIN), true, false,
				false);
	}

}
