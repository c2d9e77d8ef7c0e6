package id.monevkip.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock. The demo replays last year's cycle through the real services, whose rules depend on the
 * time (stage windows) and which record when things happened; {@link #replay} lets the demo loader's thread live at
 * an earlier moment while every other thread (and every request) keeps the real time.
 */
public final class ApplicationClock extends Clock {

	private static final ThreadLocal<Duration> SHIFT = ThreadLocal.withInitial(() -> Duration.ZERO);

	private final Clock base;

	public ApplicationClock(Clock base) {
		this.base = base;
	}

	/**
	 * Runs {@code work} on this thread as if it were {@code moment} (time moves on from there as usual), then
	 * returns to the real time, also when {@code work} fails. Meant for loading demo data only.
	 */
	public <T> T replay(Instant moment, Supplier<T> work) {
		var before = SHIFT.get();
		SHIFT.set(Duration.between(base.instant(), moment));
		try {
			return work.get();
		}
		finally {
			SHIFT.set(before);
		}
	}

	public void replay(Instant moment, Runnable work) {
		replay(moment, () -> {
			work.run();
			return null;
		});
	}

	@Override
	public Instant instant() {
		return base.instant().plus(SHIFT.get());
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new ApplicationClock(base.withZone(zone));
	}

}
