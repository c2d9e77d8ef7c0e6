package id.monevkip.submission.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * Last cycle's evidence on the same questions (matched by question code), offered again: the respondent confirms
 * each item is still valid before it is attached. Library items belong to the body, not to a cycle, so nothing is
 * copied; only the attachment is made again, marked as carried over.
 */
@Service
@RequiredArgsConstructor
public class CarryOverService {

	private final Workspaces workspaces;

	private final SubmissionRepository submissions;

	private final SubmissionAnswerRepository answers;

	private final AnswerEvidenceRepository attachments;

	private final EvidenceGateway evidence;

	private final AnswerService answerService;

	private final CycleManagement cycles;

	/** Items attached last cycle to questions this instrument still has, and not attached again yet. */
	public List<CarryItem> candidates(CurrentUser user, long submissionId) {
		var workspace = workspaces.of(user, submissionId);
		var previous = previousCycle(workspace.cycle())
			.flatMap(cycle -> submissions.findByCycleIdAndBodyId(cycle.id(), workspace.submission().getBodyId()));
		if (previous.isEmpty()) {
			return List.of();
		}
		var oldAnswers = answers.findBySubmissionId(previous.get().id())
			.stream()
			.collect(Collectors.toMap(SubmissionAnswer::id, Function.identity()));
		var current = answers.findBySubmissionId(submissionId)
			.stream()
			.collect(Collectors.toMap(SubmissionAnswer::getQuestionCode, SubmissionAnswer::id));
		var currentAttachments = attachments.findByAnswerIdInOrderByAttachedAtAscIdAsc(current.values());
		var oldAttachments = attachments.findBySubmission(previous.get().id());
		var files = evidence.files(workspace.submission().getBodyId(), ids(oldAttachments, true));
		var links = evidence.links(workspace.submission().getBodyId(), ids(oldAttachments, false));
		var result = new ArrayList<CarryItem>();
		for (var old : oldAttachments) {
			var code = oldAnswers.get(old.getAnswerId()).getQuestionCode();
			var question = workspace.questionByCode(code);
			if (question.isEmpty()) {
				continue;
			}
			var answerId = current.get(code);
			boolean already = answerId != null && currentAttachments.stream()
				.anyMatch(a -> a.getAnswerId() == answerId && (old.isFile() ? old.getFileId().equals(a.getFileId())
						: old.getLinkId().equals(a.getLinkId())));
			var name = old.isFile() ? Optional.ofNullable(files.get(old.getFileId())).map(f -> f.originalName())
					: Optional.ofNullable(links.get(old.getLinkId())).map(l -> l.title() + " (" + l.url() + ")");
			if (!already && name.isPresent()) {
				result.add(new CarryItem(question.get().id(), code, question.get().text(), old.isFile(),
						old.isFile() ? old.getFileId() : old.getLinkId(), name.get(),
						old.isFile() ? null : links.get(old.getLinkId()).url()));
			}
		}
		return result;
	}

	/** Attaches the confirmed items; picks are {@link CarryItem#key()} values from the candidates. */
	public int carry(CurrentUser user, long submissionId, Collection<String> picks) {
		if (picks.isEmpty()) {
			throw new BusinessException("picks", "submission.carry.nothingChosen");
		}
		var chosen = candidates(user, submissionId).stream().filter(item -> picks.contains(item.key())).toList();
		for (var item : chosen) {
			if (item.file()) {
				answerService.attachFile(user, submissionId, item.questionId(), item.itemId(), true);
			}
			else {
				answerService.attachLink(user, submissionId, item.questionId(), item.itemId(), true);
			}
		}
		return chosen.size();
	}

	private Optional<CycleView> previousCycle(CycleView cycle) {
		if (cycle.copiedFromId() != null) {
			return Optional.of(cycles.cycle(cycle.copiedFromId()));
		}
		return cycles.all()
			.stream()
			.filter(c -> c.organiserBodyId() == cycle.organiserBodyId() && c.year() == cycle.year() - 1)
			.findFirst();
	}

	private static List<Long> ids(List<AnswerEvidence> attached, boolean files) {
		return attached.stream()
			.filter(a -> a.isFile() == files)
			.map(a -> files ? a.getFileId() : a.getLinkId())
			.distinct()
			.toList();
	}

	/**
	 * One item offered again: the question it backed last year and the library item.
	 *
	 * @param url the address of a link, to open it before confirming; {@code null} for a file
	 */
	public record CarryItem(long questionId, String questionCode, String questionText, boolean file, long itemId,
			String name, @org.jspecify.annotations.Nullable String url) {

		public String key() {
			return (file ? "F-" : "L-") + itemId + "-" + questionId;
		}

	}

}
