package id.monevkip.submission.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.evidence.EvidenceFileView;
import id.monevkip.evidence.EvidenceLinks;
import id.monevkip.evidence.EvidenceManagement;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.evidence.EvidenceUploadResult;
import id.monevkip.evidence.LinkCheckTrigger;
import id.monevkip.evidence.LinkCheckView;
import id.monevkip.evidence.LinkView;
import id.monevkip.evidence.UploadTarget;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The evidence module as the submission module needs it: library items by id (one query each, never one per
 * item), uploads under a question's limit, links and their checks. Items of another body do not exist here.
 */
@Component
@RequiredArgsConstructor
public class EvidenceGateway {

	private final EvidenceManagement evidence;

	private final EvidenceLinks links;

	/** The body's files among the given ids, by id. */
	public Map<Long, EvidenceFileView> files(long bodyId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return evidence.filesByIds(ids).stream().filter(f -> f.bodyId() == bodyId)
			.collect(Collectors.toMap(EvidenceFileView::id, Function.identity()));
	}

	/** The body's links among the given ids, by id. */
	public Map<Long, LinkView> links(long bodyId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return links.linksByIds(ids).stream().filter(l -> l.bodyId() == bodyId)
			.collect(Collectors.toMap(LinkView::id, Function.identity()));
	}

	/** One file of the body; 404 for a file of another body or one the user may not see. */
	public EvidenceFileView file(CurrentUser user, long bodyId, long fileId) {
		var file = evidence.file(user, fileId);
		if (file.bodyId() != bodyId) {
			throw new NotFoundException("Evidence file " + fileId);
		}
		return file;
	}

	/** One link of the body; 404 otherwise. */
	public LinkView link(CurrentUser user, long bodyId, long linkId) {
		var link = links.link(user, linkId);
		if (link.bodyId() != bodyId) {
			throw new NotFoundException("Evidence link " + linkId);
		}
		return link;
	}

	/** A file with its bytes, whoever asks: the caller has checked that the file was sent with a submission. */
	public id.monevkip.evidence.EvidenceContent content(long fileId) {
		return evidence.contentOf(fileId);
	}

	public List<EvidenceFileView> library(CurrentUser user, long bodyId) {
		return evidence.files(user, bodyId);
	}

	public List<LinkView> linkLibrary(CurrentUser user, long bodyId) {
		return links.list(user, bodyId);
	}

	public EvidenceUploadResult upload(CurrentUser user, long bodyId, EvidenceUpload upload, DataSize limit) {
		return evidence.upload(user, bodyId, upload, limit);
	}

	public UploadTarget uploadTarget(CurrentUser user, long bodyId, String place, DataSize limit) {
		return evidence.uploadTarget(user, bodyId, place, limit);
	}

	public LinkView addLink(CurrentUser user, long bodyId, String url, String title) {
		return links.add(user, bodyId, url, title);
	}

	/** Checks the given links now and waits for the answers (each within its timeout); 404 for a link not visible. */
	public void checkLinks(CurrentUser user, Collection<Long> linkIds, LinkCheckTrigger trigger) {
		links.checkNow(user, linkIds, trigger);
	}

	/** Every check of the body's links among these ids, newest first, by link id. */
	public Map<Long, List<LinkCheckView>> linkChecks(long bodyId, Collection<Long> linkIds) {
		return links.checks(bodyId, linkIds);
	}

	public long maxFileSizeMegabytes() {
		return evidence.maxFileSizeMegabytes();
	}

}
