package id.monevkip.submission.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.questionnaire.IndicatorView;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.ScoringEngine;
import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a submission for the respondent pages: every question with its answer and evidence, progress per
 * indicator and the self-claimed score. A handful of queries per page whatever the number of questions.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class SubmissionReader {

	private final SubmissionAnswerRepository answers;

	private final AnswerEvidenceRepository attachments;

	private final EvidenceGateway evidence;

	private final Clock clock;

	/** Every question of the instrument in order, keyed by question id. */
	public Map<Long, QuestionState> questions(CurrentUser user, Workspace workspace) {
		return questions(workspace);
	}

	/** Every question of the instrument in order, keyed by question id, whoever reads it (callers check scope). */
	public Map<Long, QuestionState> questions(Workspace workspace) {
		var byQuestion = answers.findBySubmissionId(workspace.id())
			.stream()
			.collect(Collectors.toMap(SubmissionAnswer::getQuestionId, Function.identity()));
		var attached = attachments.findBySubmission(workspace.id());
		var files = evidence.files(workspace.submission().getBodyId(), attached.stream().filter(AnswerEvidence::isFile).map(AnswerEvidence::getFileId).toList());
		var links = evidence.links(workspace.submission().getBodyId(),
				attached.stream().filter(a -> !a.isFile()).map(AnswerEvidence::getLinkId).toList());
		var byAnswer = new HashMap<Long, List<AttachmentView>>();
		for (var a : attached) {
			var view = new AttachmentView(a.id(), a.isFile() ? files.get(a.getFileId()) : null,
					a.isFile() ? null : links.get(a.getLinkId()), a.isCarriedOver());
			byAnswer.computeIfAbsent(a.getAnswerId(), k -> new ArrayList<>()).add(view);
		}
		var now = clock.instant();
		var result = new LinkedHashMap<Long, QuestionState>();
		for (var indicator : workspace.instrument().indicators()) {
			for (var question : indicator.questions()) {
				var answer = byQuestion.get(question.id());
				result.put(question.id(), state(workspace, question, answer,
						answer == null ? List.of() : byAnswer.getOrDefault(answer.id(), List.of()), now));
			}
		}
		return result;
	}

	/** The body's library files, to attach one to another question. */
	public List<id.monevkip.evidence.EvidenceFileView> libraryFiles(CurrentUser user, Workspace workspace) {
		return evidence.library(user, workspace.submission().getBodyId());
	}

	/** The body's library links, to attach one to another question. */
	public List<id.monevkip.evidence.LinkView> libraryLinks(CurrentUser user, Workspace workspace) {
		return evidence.linkLibrary(user, workspace.submission().getBodyId());
	}

	/** One question, after a change. */
	public QuestionState question(CurrentUser user, Workspace workspace, QuestionView question) {
		var answer = answers.findBySubmissionIdAndQuestionId(workspace.id(), question.id()).orElse(null);
		if (answer == null) {
			return state(workspace, question, null, List.of(), clock.instant());
		}
		var attached = attachments.findByAnswerIdOrderByAttachedAtAscIdAsc(answer.id());
		var files = evidence.files(workspace.submission().getBodyId(), attached.stream().filter(AnswerEvidence::isFile).map(AnswerEvidence::getFileId).toList());
		var links = evidence.links(workspace.submission().getBodyId(),
				attached.stream().filter(a -> !a.isFile()).map(AnswerEvidence::getLinkId).toList());
		var views = attached.stream()
			.map(a -> new AttachmentView(a.id(), a.isFile() ? files.get(a.getFileId()) : null,
					a.isFile() ? null : links.get(a.getLinkId()), a.isCarriedOver()))
			.toList();
		return state(workspace, question, answer, views, clock.instant());
	}

	/** Progress and self-claimed score per indicator, in the instrument's order. */
	public Progress progress(Workspace workspace, Map<Long, QuestionState> states) {
		var spec = workspace.instrument().scoringSpec();
		var score = ScoringEngine.selfScore(spec, states.values()
			.stream()
			.map(s -> AnswerValues.toScoring(s.question(), s.value(), s.hasFile(), s.hasLink()))
			.toList());
		var indicators = new ArrayList<IndicatorProgress>();
		for (var indicator : workspace.instrument().indicators()) {
			var mine = indicator.questions().stream().map(q -> states.get(q.id())).toList();
			indicators.add(new IndicatorProgress(indicator, mine.size(),
					(int) mine.stream().filter(QuestionState::answered).count(),
					(int) mine.stream().filter(QuestionState::evidenceNeeded).count(),
					(int) mine.stream().filter(s -> s.evidenceNeeded() && s.hasRequiredEvidence()).count(),
					(int) mine.stream().filter(QuestionState::complete).count(),
					score.indicators().get(indicator.code())));
		}
		var missing = states.values().stream().filter(s -> !s.complete()).toList();
		return new Progress(indicators, missing, score.total());
	}

	private static QuestionState state(Workspace workspace, QuestionView question, SubmissionAnswer answer,
			List<AttachmentView> evidence, java.time.Instant now) {
		var refusal = workspace.refusal(question, now).orElse(null);
		if (answer == null) {
			return new QuestionState(question, null, null, evidence, refusal, null, null);
		}
		return new QuestionState(question, answer.getVersion(), answer.getValue(), evidence, refusal,
				answer.getUpdatedAt(), answer.getUpdatedByName());
	}

	/** The state of every indicator of a submission. */
	public record Progress(List<IndicatorProgress> indicators, List<QuestionState> missing,
			java.math.BigDecimal selfScore) {

		public int questions() {
			return indicators.stream().mapToInt(IndicatorProgress::questions).sum();
		}

		public int answered() {
			return indicators.stream().mapToInt(IndicatorProgress::answered).sum();
		}

		public int complete() {
			return indicators.stream().mapToInt(IndicatorProgress::complete).sum();
		}

		public int percentComplete() {
			return questions() == 0 ? 0 : complete() * 100 / questions();
		}

	}

	/**
	 * @param needEvidence questions of the indicator whose answer needs evidence (it claims something)
	 * @param withEvidence of those, the ones whose evidence requirement is met
	 * @param selfScore points claimed so far, 0 to the indicator's weight
	 */
	public record IndicatorProgress(IndicatorView indicator, int questions, int answered, int needEvidence,
			int withEvidence, int complete, java.math.BigDecimal selfScore) {

		public int percentAnswered() {
			return questions == 0 ? 0 : answered * 100 / questions;
		}

	}

}
