package id.monevkip.submission.internal;

import java.util.List;
import java.util.Optional;

import id.monevkip.submission.ObjectionStatus;
import id.monevkip.submission.ObjectionView;
import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

	List<Objection> findBySubmissionIdOrderByFiledAtDesc(long submissionId);

	boolean existsBySubmissionIdAndQuestionId(long submissionId, long questionId);

	/** The objection locked for a decision, so that two deciders at once cannot both decide it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Objection o where o.id = :id")
	Optional<Objection> lockById(long id);

	/** Objections of a cycle, oldest first, optionally of one status, in one query. */
	@Query("""
			select new id.monevkip.submission.ObjectionView(o.id, o.submissionId, s.cycleId, s.bodyId, o.questionCode,
			o.reason, o.status, o.filedAt, o.filedByName, o.decidedAt, o.decidedBy, o.decidedByName, o.decisionReason)
			from Objection o, Submission s where s.id = o.submissionId and s.cycleId = :cycleId
			and (:status is null or o.status = :status) order by o.filedAt, o.id
			""")
	List<ObjectionView> viewsOfCycle(long cycleId, @Nullable ObjectionStatus status);

	@Query("""
			select new id.monevkip.submission.ObjectionView(o.id, o.submissionId, s.cycleId, s.bodyId, o.questionCode,
			o.reason, o.status, o.filedAt, o.filedByName, o.decidedAt, o.decidedBy, o.decidedByName, o.decisionReason)
			from Objection o, Submission s where s.id = o.submissionId and o.id = :id
			""")
	Optional<ObjectionView> view(long id);

}
