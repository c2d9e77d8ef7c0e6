package id.monevkip.submission.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.evidence.EvidenceUploadResult;
import id.monevkip.evidence.UploadTarget;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Wita;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Changes to answers and their evidence, each saved on its own. Every change checks, on the server and at that
 * moment, that the question may still be changed (deadline, extension, revision round); a change based on an
 * answer somebody else has changed since is refused as a conflict, never applied over their work.
 */
@Service
@RequiredArgsConstructor
public class AnswerService {

	private final Workspaces workspaces;

	private final SubmissionAnswerRepository answers;

	private final AnswerEvidenceRepository attachments;

	private final EvidenceGateway evidence;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final SubmissionReader reader;

	/**
	 * Saves one answer.
	 *
	 * @param seenVersion the version of the answer the user's page showed; {@code null} when it showed none
	 * @throws AnswerConflictException when somebody else changed the answer in between
	 */
	public SubmissionAnswer save(CurrentUser user, long submissionId, long questionId, List<String> posted,
			@Nullable Long seenVersion) {
		return saveForPage(user, submissionId, questionId, posted, seenVersion).answer();
	}

	/** Like {@link #save}, also giving back the workspace it was saved in, so that the page need not load it again. */
	public Saved saveForPage(CurrentUser user, long submissionId, long questionId, List<String> posted,
			@Nullable Long seenVersion) {
		try {
			return transaction.execute(status -> {
				var workspace = workspaces.forChange(user, submissionId);
				var question = changeable(workspace, questionId);
				var value = AnswerValues.normalise(question, posted);
				var existing = answers.findBySubmissionIdAndQuestionId(submissionId, questionId);
				var now = clock.instant();
				if (existing.isEmpty()) {
					var created = new SubmissionAnswer(submissionId, questionId, question.code(), user.accountId(),
							user.displayName(), now);
					created.change(question, value, seenVersion, user.accountId(), user.displayName(), now);
					return new Saved(workspace, answers.saveAndFlush(created));
				}
				existing.get().change(question, value, seenVersion, user.accountId(), user.displayName(), now);
				return new Saved(workspace, answers.saveAndFlush(existing.get()));
			});
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// Somebody saved the same answer in the very same moment: show them what won.
			var current = transaction.execute(status -> answers.findBySubmissionIdAndQuestionId(submissionId, questionId))
				.orElseThrow(() -> ex);
			throw new AnswerConflictException(current);
		}
	}

	/** Uploads files into the body's library and attaches them to the answer; one result per file. */
	public UploadOutcome upload(CurrentUser user, long submissionId, long questionId, EvidenceUpload upload) {
		var workspace = workspaces.of(user, submissionId);
		var question = changeable(workspace, questionId);
		var limit = DataSize.ofMegabytes(question.maxFileMb());
		EvidenceUploadResult stored = evidence.upload(user, workspace.submission().getBodyId(), upload, limit);
		attachFile(user, submissionId, questionId, stored.file().id(), false);
		return new UploadOutcome(stored.file().originalName(), stored.alreadyInLibrary());
	}

	/**
	 * Where a resumable upload to the question goes, under the question's size limit. Refuses (404, or the
	 * question's own refusal such as a passed deadline) exactly when {@link #upload} would.
	 */
	public UploadTarget uploadTarget(CurrentUser user, long submissionId, long questionId) {
		var workspace = workspaces.of(user, submissionId);
		var question = changeable(workspace, questionId);
		return evidence.uploadTarget(user, workspace.submission().getBodyId(),
				"question-" + submissionId + "-" + questionId, DataSize.ofMegabytes(question.maxFileMb()));
	}

	/** Attaches a file of the body's library (or last cycle's, when carried over) to the answer. */
	public void attachFile(CurrentUser user, long submissionId, long questionId, long fileId, boolean carriedOver) {
		transaction.executeWithoutResult(status -> {
			var workspace = workspaces.forChange(user, submissionId);
			changeable(workspace, questionId);
			evidence.file(user, workspace.submission().getBodyId(), fileId);
			var answer = answerFor(user, workspace, questionId);
			attachments.attachFile(answer.id(), fileId, carriedOver, user.accountId(), clock.instant());
		});
	}

	/** Attaches a link of the body's library to the answer. */
	public void attachLink(CurrentUser user, long submissionId, long questionId, long linkId, boolean carriedOver) {
		transaction.executeWithoutResult(status -> {
			var workspace = workspaces.forChange(user, submissionId);
			changeable(workspace, questionId);
			evidence.link(user, workspace.submission().getBodyId(), linkId);
			var answer = answerFor(user, workspace, questionId);
			attachments.attachLink(answer.id(), linkId, carriedOver, user.accountId(), clock.instant());
		});
	}

	/**
	 * Attaches one library item to several questions in one step, all or nothing: every question must still be
	 * changeable and count that kind of evidence ({@link EvidenceReuse}); what is attached already stays as it is.
	 *
	 * @return how many of the questions did not have the item yet
	 */
	public int attachToQuestions(CurrentUser user, long submissionId, boolean file, long itemId,
			Collection<Long> questionIds) {
		if (questionIds.isEmpty()) {
			throw new BusinessException("questions", "submission.reuse.noneChosen");
		}
		return transaction.execute(status -> {
			var workspace = workspaces.forChange(user, submissionId);
			var reuse = reuse(user, workspace, file, itemId);
			int added = 0;
			for (long questionId : new java.util.LinkedHashSet<>(questionIds)) {
				changeable(workspace, questionId);
				if (!reuse.offers(questionId)) {
					throw new BusinessException("questions", "submission.reuse.notAccepted", workspace.question(questionId).code());
				}
				var answer = answerFor(user, workspace, questionId);
				boolean already = reuse.groups().stream().flatMap(g -> g.targets().stream())
					.anyMatch(t -> t.state().question().id() == questionId && t.attached());
				if (file) {
					attachments.attachFile(answer.id(), itemId, false, user.accountId(), clock.instant());
				}
				else {
					attachments.attachLink(answer.id(), itemId, false, user.accountId(), clock.instant());
				}
				added += already ? 0 : 1;
			}
			return added;
		});
	}

	/** Where a library item of the body can go in one step; 404 for an item of another body. */
	public EvidenceReuse reuse(CurrentUser user, long submissionId, boolean file, long itemId) {
		return reuse(user, workspaces.of(user, submissionId), file, itemId);
	}

	private EvidenceReuse reuse(CurrentUser user, Workspace workspace, boolean file, long itemId) {
		long bodyId = workspace.submission().getBodyId();
		var name = file ? evidence.file(user, bodyId, itemId).originalName() : evidence.link(user, bodyId, itemId).title();
		return EvidenceReuse.of(workspace, reader.questions(workspace).values(), file, itemId, name);
	}

	/** Adds a link to the body's library and attaches it to the answer. */
	public void addLink(CurrentUser user, long submissionId, long questionId, String url, String title) {
		var workspace = workspaces.of(user, submissionId);
		changeable(workspace, questionId);
		var link = evidence.addLink(user, workspace.submission().getBodyId(), url, title);
		attachLink(user, submissionId, questionId, link.id(), false);
	}

	/** Takes evidence off the answer; the item stays in the library. */
	public void detach(CurrentUser user, long submissionId, long questionId, long attachmentId) {
		transaction.executeWithoutResult(status -> {
			var workspace = workspaces.forChange(user, submissionId);
			changeable(workspace, questionId);
			var answer = answers.findBySubmissionIdAndQuestionId(submissionId, questionId)
				.orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
			var attachment = attachments.findById(attachmentId)
				.filter(a -> a.getAnswerId() == answer.id())
				.orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
			attachments.delete(attachment);
		});
	}

	private SubmissionAnswer answerFor(CurrentUser user, Workspace workspace, long questionId) {
		var question = workspace.question(questionId);
		answers.createIfAbsent(workspace.id(), questionId, question.code(), user.accountId(), user.displayName(),
				clock.instant());
		return answers.findBySubmissionIdAndQuestionId(workspace.id(), questionId).orElseThrow();
	}

	private QuestionView changeable(Workspace workspace, long questionId) {
		var question = workspace.question(questionId);
		var refusal = workspace.refusal(question, clock.instant());
		if (refusal.isPresent()) {
			throw new BusinessException(null, refusal.get(), deadlineArgument(workspace));
		}
		return question;
	}

	private static String deadlineArgument(Workspace workspace) {
		return Wita.text(workspace.window().deadline(workspace.submission().getStatus()));
	}

	/** A saved answer and the workspace it belongs to. */
	public record Saved(Workspace workspace, SubmissionAnswer answer) {
	}

	/** What an upload to a question did. */
	public record UploadOutcome(String name, boolean alreadyInLibrary) {
	}

}
