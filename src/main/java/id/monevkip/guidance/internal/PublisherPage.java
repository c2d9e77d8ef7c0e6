package id.monevkip.guidance.internal;

import java.util.List;

import id.monevkip.cycle.CycleView;
import id.monevkip.guidance.Guidance;

/**
 * What a publisher has published in a cycle (scheduled announcements included), and the cycles an admin may switch
 * to.
 */
public record PublisherPage(Publisher publisher, Guidance items, List<CycleView> cycles) {

}
