package id.monevkip.guidance.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A guide (juknis, template, slides) published as a file. The bytes are on disk under their SHA-256; the name the
 * publisher's device gave the file is only metadata for the download.
 */
@Entity
@Table(name = "guidance_document")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class GuideDocument extends GuidanceItem {

	private String title;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	public GuideDocument(Publisher publisher, String title, StoredGuide file, String by, Instant now) {
		super(publisher, by, now);
		this.title = title;
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.sizeBytes = file.sizeBytes();
		this.sha256 = file.sha256();
	}

	public void retitle(String title, String by, Instant now) {
		this.title = title;
		touched(by, now);
	}

}
