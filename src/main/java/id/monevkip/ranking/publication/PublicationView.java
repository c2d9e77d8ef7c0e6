package id.monevkip.ranking.publication;

import java.time.Instant;

/** A cycle whose results are public: its year (the address of its public pages), when and by whom. */
public record PublicationView(long cycleId, int year, Instant publishedAt, String publishedByName) {
}
