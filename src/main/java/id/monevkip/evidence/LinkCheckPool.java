package id.monevkip.evidence;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;

/**
 * The threads link checks run on, bounded so that one body cannot open hundreds of connections at once. Checks at
 * sending run several at a time and are waited for (every check has its own timeout); checks of a link just added
 * run in the background and nobody waits for them.
 */
@Slf4j
@Component
class LinkCheckPool {

	private final ExecutorService threads = Executors.newFixedThreadPool(8, runnable -> {
		var thread = new Thread(runnable, "link-check");
		thread.setDaemon(true);
		return thread;
	});

	/** Runs every task and returns when all are done; the first failure is thrown again. */
	void runAll(Collection<Runnable> tasks) {
		if (tasks.size() == 1) {
			tasks.iterator().next().run();
			return;
		}
		var running = tasks.stream().map(task -> CompletableFuture.runAsync(task, threads)).toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(running).join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** Runs the task later; a failure is logged, since no page waits for it. */
	void runLater(Runnable task) {
		threads.execute(() -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				log.warn("Background link check failed: {}", ex.toString());
			}
		});
	}

	@PreDestroy
	void stop() {
		threads.shutdownNow();
	}

}
