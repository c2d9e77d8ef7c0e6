package id.monevkip.assessment.session;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import id.monevkip.assessment.AssessmentManagement;
import id.monevkip.assessment.AssignmentRole;
import id.monevkip.assessment.panel.PanelJudges;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import id.monevkip.shared.Wita;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sessions of a cycle. Admins schedule them for participants that have judges and may change everything; the
 * people assigned to the body (judges and verifiers) and commissioners read them; the assigned people and admins
 * write the minutes and add photos once the session has started. Anyone else gets 404, also for the photos.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class SessionService {

	private static final int MAX_PLACE = 300;

	private static final int MAX_ATTENDEES = 4000;

	private static final int MAX_MINUTES = 100_000;

	private final SessionRepository sessions;

	private final SessionPhotos photos;

	private final PanelJudges judges;

	private final AssessmentManagement assessment;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final Clock clock;

	/** The bodies a session can be scheduled for: participants with at least one judge, by name. */
	@Transactional(readOnly = true)
	public List<BodyView> schedulable(long cycleId) {
		cycles.cycle(cycleId);
		return directory.bodies(judges.of(cycleId).keySet())
			.stream()
			.sorted(Comparator.comparing(BodyView::name))
			.toList();
	}

	/** Schedules a session (admins). */
	public long schedule(long cycleId, ScheduleCommand command, CurrentUser admin) {
		check(cycleId, command);
		var session = sessions.save(new PanelSession(cycleId, command.bodyId(), command.kind(),
				command.startsAt().atZone(Wita.ZONE).toInstant(), command.place().strip(), command.attendees(),
				admin.displayName(), clock.instant()));
		return session.getId();
	}

	/** Changes a session's kind, body, time, place or attendees (admins). */
	public void reschedule(long cycleId, long sessionId, ScheduleCommand command, CurrentUser admin) {
		var session = find(sessionId);
		if (session.getCycleId() != cycleId) {
			throw new NotFoundException("Session " + sessionId + " in cycle " + cycleId);
		}
		check(cycleId, command);
		if (session.getBodyId() != command.bodyId()) {
			throw new BusinessException("bodyId", "sessions.body.fixed");
		}
		session.schedule(command.kind(), command.startsAt().atZone(Wita.ZONE).toInstant(), command.place().strip(),
				command.attendees(), admin.displayName(), clock.instant());
	}

	/** Records who attended and the minutes. */
	public void record(long sessionId, CurrentUser user, @Nullable String attendees, @Nullable String minutes) {
		var session = recordable(sessionId, user, "minutes");
		if (attendees != null && attendees.length() > MAX_ATTENDEES) {
			throw new BusinessException("attendees", "sessions.attendees.tooLong", MAX_ATTENDEES);
		}
		if (minutes != null && minutes.length() > MAX_MINUTES) {
			throw new BusinessException("minutes", "sessions.minutes.tooLong", MAX_MINUTES);
		}
		session.record(attendees, minutes, user.displayName(), clock.instant());
	}

	/** Adds a photo (JPEG, PNG or WebP, at most 10 MB). */
	public void addPhoto(long sessionId, CurrentUser user, @Nullable String originalName, InputStreamSource content) {
		var session = recordable(sessionId, user, "photo");
		var stored = photos.store(content);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// the file is on disk before the row commits: take it away again if the transaction fails
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						photos.delete(stored.key());
					}
				}
			});
		}
		var name = originalName == null || originalName.isBlank() ? stored.key() : originalName.strip();
		session.addPhoto(stored.key(), name.length() > 255 ? name.substring(0, 255) : name, stored.contentType(),
				stored.size(), user.displayName(), clock.instant());
	}

	@Transactional(readOnly = true)
	public SessionView session(long sessionId, CurrentUser user) {
		var session = visible(sessionId, user);
		var cycle = cycles.cycle(session.getCycleId());
		var body = directory.bodies(List.of(session.getBodyId())).get(0);
		var now = clock.instant();
		return new SessionView(session.getId(), cycle.id(), cycle.title(), body, session.getKind(),
				session.getStartsAt().atZone(Wita.ZONE), session.getPlace(), session.getAttendees(),
				session.getMinutes(), session.held(now), session.getUpdatedAt().atZone(Wita.ZONE),
				session.getUpdatedByName(),
				session.getPhotos()
					.stream()
					.map(p -> new SessionView.Photo(p.getId(), p.getOriginalName(), p.getSizeBytes(),
							p.getUploadedAt().atZone(Wita.ZONE), p.getUploadedByName()))
					.toList(),
				user.has(Role.ADMIN), mayRecord(session, user));
	}

	/** A photo's type and bytes, for the people who may see the session. */
	@Transactional(readOnly = true)
	public Photo photo(long sessionId, long photoId, CurrentUser user) {
		var session = visible(sessionId, user);
		var photo = session.getPhotos()
			.stream()
			.filter(p -> p.getId() == photoId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Photo " + photoId));
		return new Photo(photo.getContentType(), photo.getSizeBytes(), photos.open(photo.getStorageKey()));
	}

	/** The cycle's sessions the user may see, by date: all for admins and commissioners, else its bodies'. */
	@Transactional(readOnly = true)
	public List<SessionRow> list(long cycleId, CurrentUser user) {
		cycles.cycle(cycleId);
		List<PanelSession> found;
		if (seesAll(user)) {
			found = sessions.findByCycleIdOrderByStartsAtAscIdAsc(cycleId);
		}
		else {
			var mine = assessment.assignmentsOf(cycleId, user.accountId()).stream().map(a -> a.bodyId()).toList();
			found = mine.isEmpty() ? List.of() : sessions.findByCycleIdAndBodyIdInOrderByStartsAtAscIdAsc(cycleId, mine);
		}
		var bodies = new HashMap<Long, BodyView>();
		directory.bodies(found.stream().map(PanelSession::getBodyId).distinct().toList())
			.forEach(b -> bodies.put(b.id(), b));
		var now = clock.instant();
		var rows = new ArrayList<SessionRow>();
		for (var s : found) {
			var body = bodies.get(s.getBodyId());
			if (body != null) {
				rows.add(new SessionRow(s.getId(), cycleId, body.id(), body.code(), body.name(), s.getKind(),
						s.getStartsAt().atZone(Wita.ZONE), s.getPlace(), s.held(now),
						s.getMinutes() != null && !s.getMinutes().isBlank()));
			}
		}
		return rows;
	}

	/** The photo's content; the caller closes the stream. */
	public record Photo(String contentType, long sizeBytes, InputStream content) {
	}

	private void check(long cycleId, ScheduleCommand command) {
		cycles.cycle(cycleId);
		var body = directory.bodies(List.of(command.bodyId()))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Body " + command.bodyId()));
		if (!cycles.isParticipant(cycleId, command.bodyId())
				|| !judges.of(cycleId).containsKey(command.bodyId())) {
			throw new BusinessException("bodyId", "sessions.body.noJudge", body.name());
		}
		if (command.place() == null || command.place().isBlank() || command.place().length() > MAX_PLACE) {
			throw new BusinessException("place", "sessions.validation.place");
		}
		if (command.attendees() != null && command.attendees().length() > MAX_ATTENDEES) {
			throw new BusinessException("attendees", "sessions.attendees.tooLong", MAX_ATTENDEES);
		}
	}

	private PanelSession recordable(long sessionId, CurrentUser user, String field) {
		var session = visible(sessionId, user);
		if (!user.has(Role.ADMIN) && !assigned(session, user)) {
			throw new BusinessException(field, "sessions.record.notAllowed");
		}
		if (!mayRecord(session, user)) {
			throw new BusinessException(field, "sessions.record.notYet");
		}
		return session;
	}

	private boolean mayRecord(PanelSession session, CurrentUser user) {
		return user.has(Role.ADMIN) || (assigned(session, user) && session.held(clock.instant()));
	}

	private PanelSession visible(long sessionId, CurrentUser user) {
		var session = find(sessionId);
		if (!seesAll(user) && !assigned(session, user)) {
			throw new NotFoundException("Session " + sessionId + " for " + user.accountId());
		}
		return session;
	}

	private boolean assigned(PanelSession session, CurrentUser user) {
		return assessment.isAssigned(session.getCycleId(), session.getBodyId(), user.accountId(), AssignmentRole.JUDGE)
				|| assessment.isAssigned(session.getCycleId(), session.getBodyId(), user.accountId(),
						AssignmentRole.VERIFIER);
	}

	private static boolean seesAll(CurrentUser user) {
		return user.has(Role.ADMIN) || user.has(Role.COMMISSIONER);
	}

	private PanelSession find(long sessionId) {
		return sessions.findWithPhotosById(sessionId).orElseThrow(() -> new NotFoundException("Session " + sessionId));
	}

}
