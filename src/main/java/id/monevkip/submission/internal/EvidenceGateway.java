package id.monevkip.submission.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.evidence.EvidenceFileView;
import id.monevkip.evidence.EvidenceManagement;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.evidence.EvidenceUploadResult;
import id.monevkip.evidence.link.EvidenceLinks;
import id.monevkip.evidence.link.LinkView;
import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The evidence module as the submission module needs it: library items by id, uploads, links and checks. */
@Component
@RequiredArgsConstructor
public class EvidenceGateway {

	private final EvidenceManagement evidence;

	private final EvidenceLinks links;

	public Map<Long, EvidenceFileView> files(CurrentUser user, Collection<Long> ids) {
		return ids.stream().distinct().map(id -> evidence.file(user, id))
			.collect(Collectors.toMap(EvidenceFileView::id, Function.identity()));
	}

	public Map<Long, LinkView> links(CurrentUser user, long bodyId, Collection<Long> ids) {
		return links.list(user, bodyId).stream().filter(l -> ids.contains(l.id()))
			.collect(Collectors.toMap(LinkView::id, Function.identity()));
	}

	public EvidenceFileView file(CurrentUser user, long fileId) {
		return evidence.file(user, fileId);
	}

	public LinkView link(CurrentUser user, long bodyId, long linkId) {
		return links.list(user, bodyId).stream().filter(l -> l.id() == linkId).findFirst()
			.orElseThrow(() -> new id.monevkip.shared.NotFoundException("Link " + linkId));
	}

	public List<EvidenceFileView> library(CurrentUser user, long bodyId) {
		return evidence.files(user, bodyId);
	}

	public List<LinkView> linkLibrary(CurrentUser user, long bodyId) {
		return links.list(user, bodyId);
	}

	public EvidenceUploadResult upload(CurrentUser user, long bodyId, EvidenceUpload upload, DataSize limit) {
		return evidence.upload(user, bodyId, upload);
	}

	public LinkView addLink(CurrentUser user, long bodyId, String url, String title) {
		return links.add(user, bodyId, url, title);
	}

	/** Checks the given links of the user's body now; each check keeps its outcome. */
	public void checkLinks(CurrentUser user, Collection<Long> linkIds) {
		linkIds.forEach(id -> links.check(user, id));
	}

	public long maxFileSizeMegabytes() {
		return evidence.maxFileSizeMegabytes();
	}

}
