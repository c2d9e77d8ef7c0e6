package id.monevkip.submission.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.ReviewItem;
import id.monevkip.submission.SnapshotFile;
import id.monevkip.submission.internal.ReviewReader;
import id.monevkip.submission.internal.SubmitService;
import id.monevkip.submission.internal.Workspaces;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a sealed round together as the receipt shows it; 404 for a round of another body or one not sealed. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class Receipts {

	private final SubmitService submit;

	private final Workspaces workspaces;

	private final DirectoryManagement directory;

	private final ReviewReader reviews;

	private final MessageSource messages;

	ReceiptPage receipt(CurrentUser user, long submissionId, int round, Locale locale) {
		var workspace = workspaces.of(user, submissionId);
		var snapshot = submit.receipt(user, submissionId, round);
		var body = directory.visibleBody(user, workspace.submission().getBodyId());
		var items = reviews.sent(workspace, snapshot, text("submission.receipt.value.yes", locale),
				text("submission.receipt.value.no", locale), text("submission.receipt.value.none", locale));
		var byAspect = new LinkedHashMap<String, List<ReviewItem>>();
		items.forEach(item -> byAspect.computeIfAbsent(item.indicatorCode(), code -> new ArrayList<>()).add(item));
		var aspects = byAspect.values()
			.stream()
			.map(list -> new ReceiptPage.Aspect(list.get(0).indicatorCode(), list.get(0).indicatorName(), list))
			.toList();
		return new ReceiptPage(workspace, body.name(), snapshot, aspects);
	}

	/** A file sent with this submission, for its own body only. */
	SnapshotFile file(CurrentUser user, long submissionId, int round, long fileId) {
		submit.receipt(user, submissionId, round);
		return reviews.file(submissionId, fileId);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
