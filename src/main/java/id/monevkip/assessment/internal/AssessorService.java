package id.monevkip.assessment.internal;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import id.monevkip.directory.BodyView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.directory.PersonView;
import id.monevkip.directory.RegionView;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What assessors and jurors declare about themselves for conflicts of interest: their home kabupaten/kota and the
 * bodies they may not assess. Admins may record a declaration for them.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class AssessorService {

	private final AssessorProfileRepository profiles;

	private final DeclaredConflictRepository declared;

	private final Conflicts conflicts;

	private final DirectoryManagement directory;

	private final Clock clock;

	@Transactional(readOnly = true)
	public ProfileView profile(long accountId) {
		var mine = declared.findByAccountIdOrderByRecordedAtDesc(accountId);
		var bodies = directory.bodies(mine.stream().map(DeclaredConflict::getBodyId).toList())
			.stream()
			.collect(Collectors.toMap(BodyView::id, b -> b));
		return new ProfileView(profiles.findById(accountId).map(AssessorProfile::getHomeRegionCode).orElse(null),
				mine.stream()
					.filter(d -> bodies.containsKey(d.getBodyId()))
					.map(d -> new ProfileView.Declared(d.getId(), d.getBodyId(), bodies.get(d.getBodyId()).code(),
							bodies.get(d.getBodyId()).name(), d.getReason()))
					.toList());
	}

	/** Everyone who may be assigned (assessors and jurors), by name: whom an admin may record a conflict for. */
	@Transactional(readOnly = true)
	public List<PersonView> people() {
		return conflicts.everyone();
	}

	/** The kabupaten/kota and provinces one may call home. */
	@Transactional(readOnly = true)
	public List<RegionView> regions() {
		return directory.regencies();
	}

	/** Sets or clears the home kabupaten/kota; only a known kabupaten/kota or province code is taken. */
	public void setHomeRegion(long accountId, @Nullable String regionCode) {
		if (regionCode != null && directory.regencies().stream().noneMatch(r -> r.code().equals(regionCode))) {
			throw new BusinessException("homeRegionCode", "assessment.profile.unknownRegion");
		}
		var profile = profiles.findById(accountId).orElseGet(() -> new AssessorProfile(accountId, clock.instant()));
		profile.moveTo(regionCode, clock.instant());
		profiles.save(profile);
	}

	/**
	 * An admin sets a person's home kabupaten/kota for them (people who never sign in before the assignments are
	 * made). Only for assessors and jurors.
	 */
	public void setHomeRegionFor(long accountId, @Nullable String regionCode) {
		if (conflicts.everyone().stream().noneMatch(p -> p.accountId() == accountId)) {
			throw new BusinessException("accountId", "assessment.validation.person");
		}
		setHomeRegion(accountId, regionCode);
	}

	/**
	 * Records that a person (an assessor or juror) may not assess the body with this code. An unknown code, a person
	 * without either role or a second declaration for the same body is refused.
	 */
	public void declare(long accountId, String bodyCode, String reason, long recordedBy) {
		if (conflicts.everyone().stream().noneMatch(p -> p.accountId() == accountId)) {
			throw new BusinessException("accountId", "assessment.declare.notAssessor");
		}
		var body = directory.bodyByCode(bodyCode.trim())
			.orElseThrow(() -> new BusinessException("bodyCode", "assessment.declare.unknownBody", bodyCode));
		if (declared.existsByAccountIdAndBodyId(accountId, body.id())) {
			throw new BusinessException("bodyCode", "assessment.declare.duplicate", body.name());
		}
		declared.save(new DeclaredConflict(accountId, body.id(), reason.trim(), recordedBy, clock.instant()));
	}

	/** Withdraws one of the person's own declarations; someone else's or an unknown one answers 404. */
	public void withdraw(long accountId, long declaredId) {
		var conflict = declared.findById(declaredId)
			.filter(d -> d.getAccountId() == accountId)
			.orElseThrow(() -> new NotFoundException("Declared conflict " + declaredId));
		declared.delete(conflict);
	}

	/** Withdraws any declaration (admins). */
	public void withdraw(long declaredId) {
		declared.delete(declared.findById(declaredId).orElseThrow(() -> new NotFoundException("Declared conflict " + declaredId)));
	}

}
