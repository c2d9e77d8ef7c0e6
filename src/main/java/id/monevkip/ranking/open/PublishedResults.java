package id.monevkip.ranking.open;

import java.util.List;

import id.monevkip.assessment.DecreeView;
import id.monevkip.ranking.publication.PublicationView;

/**
 * A published year as the public pages and open data show it: the decree in force, its rows by category then rank,
 * the categories in that order with their sizes and the number of bodies per band (in the cycle's band order).
 * Immutable, so one copy serves every request for the same decree version.
 */
public record PublishedResults(PublicationView publication, DecreeView decree, List<PublicRow> rows,
		List<CategoryGroup> categories, List<BandCount> bands) {

	/** A body category of the ranking and how many bodies it ranks. */
	public record CategoryGroup(long id, String name, int bodies) {
	}

	/** How many bodies of the decree fall in one band. */
	public record BandCount(String code, long bodies) {
	}

	public int year() {
		return publication.year();
	}

}
