package id.monevkip.shared;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * Which of the two ways of running we are in: the embedded default (no datasource configured, demo
 * data on first start) or an external PostgreSQL (no demo data unless {@code APP_DEMO=true}).
 */
@Component
public class RuntimeMode {

	private final boolean embeddedDatabase;

	private final boolean demo;

	RuntimeMode(Environment environment, AppProperties properties) {
		this.embeddedDatabase = isEmbedded(environment);
		this.demo = properties.demo() != null ? properties.demo() : embeddedDatabase;
	}

	public boolean embeddedDatabase() {
		return embeddedDatabase;
	}

	/** Whether the demo data set belongs in this installation. */
	public boolean demo() {
		return demo;
	}

	static boolean isEmbedded(Environment environment) {
		return !environment.containsProperty("spring.datasource.url");
	}

	static class EmbeddedDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return isEmbedded(context.getEnvironment());
		}

	}

}
