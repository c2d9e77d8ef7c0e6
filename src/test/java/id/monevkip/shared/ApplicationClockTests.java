package id.monevkip.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationClockTests {

	final Clock now = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);

	final ApplicationClock clock = new ApplicationClock(now);

	@Test
	void replayShiftsOnlyTheCallingThreadAndOnlyWhileTheWorkRuns() throws Exception {
		var past = Instant.parse("2025-05-10T02:00:00Z");
		var seen = clock.replay(past, () -> {
			Instant elsewhere = CompletableFuture.supplyAsync(clock::instant).join();
			return new Instant[] { clock.instant(), elsewhere };
		});

		assertThat(seen[0]).isEqualTo(past);
		assertThat(seen[1]).isEqualTo(now.instant());
		assertThat(clock.instant()).isEqualTo(now.instant());
	}

	@Test
	void theRealTimeComesBackWhenTheWorkFails() {
		assertThatThrownBy(() -> clock.replay(Instant.parse("2025-01-01T00:00:00Z"), (Runnable) () -> {
			throw new IllegalStateException("boom");
		})).hasMessage("boom");
		assertThat(clock.instant()).isEqualTo(now.instant());
	}

}
