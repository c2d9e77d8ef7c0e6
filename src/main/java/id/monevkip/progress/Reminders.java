package id.monevkip.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.cycle.Stage;
import id.monevkip.directory.ContactView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.notification.MailLogView;
import id.monevkip.notification.NotificationManagement;
import id.monevkip.notification.OutgoingMail;
import id.monevkip.shared.AppProperties;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.shared.Wita;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reminders to respondents whose body has not sent its SAQ: by hand from the board (to the bodies of the current
 * filter or to one body, always recomputed from the user's scope), and automatically a few days before a body's
 * deadline. Reminders by hand are queued as events in one short transaction and mailed after it commits
 * ({@link ReminderQueued}); the automatic job mails directly, without a transaction, so that no database connection
 * waits for the SMTP server.
 */
@Slf4j
@Service
@RequiredArgsConstructor
class Reminders {

	/** The mail log's kind of a reminder sent by hand. */
	static final String MANUAL = "REMINDER";

	/** The mail log's kind of an automatic reminder, and its kind in {@code reminder_sent}. */
	static final String AUTOMATIC = "REMINDER_AUTO";

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private final ProgressBoard boards;

	private final DirectoryManagement directory;

	private final CycleManagement cycles;

	private final NotificationManagement notifications;

	private final MessageSource messages;

	private final AppProperties app;

	private final ReminderProperties properties;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	/** Mails the respondents of every body of the board with these filters that has not sent its SAQ. */
	ReminderResult toUnsent(CurrentUser user, Zone zone, ProgressFilter filter, ReminderForm.Reminder reminder,
			Locale locale) {
		check(reminder);
		return send(boards.unsent(user, zone, filter), reminder, locale, user.accountId());
	}

	/** Mails the respondents of one body of the user's scope; 404 for any other body. */
	ReminderResult toBody(CurrentUser user, Zone zone, long bodyId, ReminderForm.Reminder reminder, Locale locale) {
		var row = boards.row(user, zone, bodyId);
		check(reminder);
		return send(List.of(row), reminder, locale, user.accountId());
	}

	/**
	 * The hourly job: every cycle whose SAQ window has opened gets its due reminders. Cycles long closed cost a
	 * few queries and remind nobody, since their deadlines have passed.
	 */
	void remindDue() {
		var now = clock.instant();
		for (var cycle : cycles.all()) {
			var saq = cycle.window(Stage.SAQ);
			if (saq.isPresent() && !saq.get().opensAt().isAfter(now)) {
				int mailed = remind(cycle);
				if (mailed > 0) {
					log.info("Automatic reminders of cycle {}: {} bodies mailed", cycle.id(), mailed);
				}
			}
		}
	}

	/** {@link #remindDue()} for one cycle; answers how many bodies were mailed. */
	int remind(long cycleId) {
		return remind(cycles.cycle(cycleId));
	}

	private int remind(CycleView cycle) {
		var now = clock.instant();
		var until = now.plus(Duration.ofDays(properties.daysBefore()));
		var reminder = ReminderForm.from(messages, OutgoingMail.INDONESIAN).toCommand();
		var due = boards.rows(cycle).stream().filter(row -> {
			if (!row.status().unsent() || row.deadline() == null) {
				return false;
			}
			var deadline = row.deadline().atZone(Wita.ZONE).toInstant();
			return deadline.isAfter(now) && !deadline.isAfter(until);
		}).toList();
		var contacts = directory.contacts(due.stream().map(BoardRow::bodyId).toList(), Role.RESPONDENT);
		int mailed = 0;
		for (var row : due) {
			var to = contacts.getOrDefault(row.bodyId(), List.of());
			// a body without a respondent yet is not marked: once someone is invited, they still get the reminder
			if (to.isEmpty() || !claim(cycle.id(), row.bodyId())) {
				continue;
			}
			mail(row, to, reminder, OutgoingMail.INDONESIAN, AUTOMATIC, null);
			mailed++;
		}
		return mailed;
	}

	/**
	 * Records the automatic reminder before it goes out. The unique key makes the insert the decision: of two
	 * nodes (or two runs) only the one whose row went in sends.
	 */
	private boolean claim(long cycleId, long bodyId) {
		return jdbc.update("""
				INSERT INTO reminder_sent (cycle_id, body_id, kind, sent_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (cycle_id, body_id, kind) DO NOTHING""", cycleId, bodyId, AUTOMATIC,
				OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)) == 1;
	}

	/** What was mailed about a body, newest first, with the name of whoever triggered it. */
	List<MailLine> log(long bodyId) {
		var entries = notifications.logForBody(bodyId);
		var ids = new HashSet<Long>();
		entries.stream().map(MailLogView::triggeredBy).filter(id -> id != null).forEach(ids::add);
		var names = ids.isEmpty() ? Map.<Long, String>of() : directory.accountNames(ids);
		return entries.stream()
			.map(e -> new MailLine(LocalDateTime.ofInstant(e.createdAt(), Wita.ZONE), e.kind(), e.recipient(),
					e.status().name(), e.error(), e.triggeredBy() == null ? null : names.get(e.triggeredBy())))
			.toList();
	}

	private static void check(ReminderForm.Reminder reminder) {
		ReminderText.check("subject", reminder.subject());
		ReminderText.check("text", reminder.text());
	}

	/** Queues one mail per body with respondents; the events go out once the transaction commits. */
	private ReminderResult send(List<BoardRow> rows, ReminderForm.Reminder reminder, Locale locale, long by) {
		var contactsOf = directory.contacts(rows.stream().map(BoardRow::bodyId).toList(), Role.RESPONDENT);
		var queued = new ArrayList<ReminderQueued>();
		int recipients = 0;
		for (var row : rows) {
			var contacts = contactsOf.getOrDefault(row.bodyId(), List.of());
			if (!contacts.isEmpty()) {
				var values = values(row);
				queued.add(new ReminderQueued(row.bodyId(), contacts.stream().map(ContactView::email).toList(),
						ReminderText.fill(reminder.subject(), values), ReminderText.fill(reminder.text(), values),
						locale.toLanguageTag(), by));
				recipients += contacts.size();
			}
		}
		transactions.executeWithoutResult(status -> queued.forEach(events::publishEvent));
		return new ReminderResult(queued.size(), recipients, rows.size() - queued.size());
	}

	private void mail(BoardRow row, List<ContactView> contacts, ReminderForm.Reminder reminder, Locale locale,
			String kind, @Nullable Long by) {
		var values = values(row);
		deliver(row.bodyId(), contacts.stream().map(ContactView::email).toList(),
				ReminderText.fill(reminder.subject(), values), ReminderText.fill(reminder.text(), values), locale, kind,
				by);
	}

	/** Sends one reminder whose text is final and logs it against the body. */
	void deliver(long bodyId, List<String> recipients, String subject, String text, Locale locale, String kind,
			@Nullable Long by) {
		var mail = OutgoingMail
			.of(kind, recipients, locale, "reminder", Map.of("text", text), List.of(subject))
			.aboutBody(bodyId);
		notifications.send(by == null ? mail : mail.triggeredBy(by));
	}

	private Map<String, String> values(BoardRow row) {
		return Map.of(ReminderText.BODY, row.name(), ReminderText.DEADLINE, deadline(row), ReminderText.LINK,
				app.publicUrl().replaceAll("/+$", "") + "/respondent");
	}

	private static String deadline(BoardRow row) {
		return row.deadline() == null ? "-" : DEADLINE.format(row.deadline()) + " WITA";
	}

	/**
	 * One line of a body's mail log.
	 *
	 * @param at in WITA
	 * @param triggeredBy the name of the account that caused it, {@code null} for automatic mails
	 */
	record MailLine(LocalDateTime at, String kind, String recipient, String status, @Nullable String error,
			@Nullable String triggeredBy) {
	}

}
