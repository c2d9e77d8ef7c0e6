package id.monevkip.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can move time and every date is in WITA. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	ApplicationClock clock() {
		return new ApplicationClock(Clock.system(Wita.ZONE));
	}

}
