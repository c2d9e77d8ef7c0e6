package id.monevkip.guidance.internal;

import id.monevkip.cycle.CycleView;
import org.jspecify.annotations.Nullable;

/**
 * Who publishes, in which cycle: the commission (no body) or a coordinator's body.
 */
public record Publisher(Zone zone, CycleView cycle, @Nullable Long bodyId) {

}
