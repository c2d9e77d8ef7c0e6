package id.monevkip.ranking.publication;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** The commissioners' decision to make a cycle's results public; taken once, never undone here. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ResultPublication {

	@Id
	private Long cycleId;

	private int year;

	private @Nullable Long publishedBy;

	private String publishedByName;

	private Instant publishedAt;

	ResultPublication(long cycleId, int year, @Nullable Long publishedBy, String publishedByName, Instant publishedAt) {
		this.cycleId = cycleId;
		this.year = year;
		this.publishedBy = publishedBy;
		this.publishedByName = publishedByName;
		this.publishedAt = publishedAt;
	}

	PublicationView view() {
		return new PublicationView(cycleId, year, publishedAt, publishedByName);
	}

}
