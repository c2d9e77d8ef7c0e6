package id.monevkip.cycle.web;

import java.util.List;

import id.monevkip.cycle.ScoringPolicy;
import id.monevkip.cycle.StageWindow;

/** A cycle as the form describes it; on edit, year and organiser are kept as they are. */
record SaveCycle(int year, String title, String organiserCode, List<StageWindow> windows, ScoringPolicy policy,
		boolean brokenLinksBlock) {
}
