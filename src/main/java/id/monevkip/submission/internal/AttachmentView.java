package id.monevkip.submission.internal;

import id.monevkip.evidence.EvidenceFileView;
import id.monevkip.evidence.LinkView;
import org.jspecify.annotations.Nullable;

/**
 * Evidence attached to an answer as the question card shows it: a library file (name, format, size, preview
 * when the browser can show it) or a link (title, address, last check).
 */
public record AttachmentView(long id, @Nullable EvidenceFileView file, @Nullable LinkView link, boolean carriedOver) {

	/** Named so that templates reading {@code a.file} get the file, not this flag (SpEL prefers isX()). */
	public boolean fileAttached() {
		return file != null;
	}

	public boolean broken() {
		return link != null && link.broken();
	}

	public String name() {
		return file != null ? file.originalName() : link.title();
	}

}
