package id.monevkip.shared.embedded;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The running application's claim on its data directory: a lock on {@code instance.lock} held for as long as the
 * application runs. The operating system releases it when the process ends, however it ends, so a lock nobody holds
 * means no application runs here, and a PostgreSQL still running on the directory is a leftover that may be stopped.
 */
public final class InstanceLock implements Closeable {

	static final String NAME = "instance.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private InstanceLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Claims the data directory for this process.
	 * @throws IllegalStateException when another application already runs on it
	 */
	public static InstanceLock acquire(Path dataDir) throws IOException {
		Files.createDirectories(dataDir);
		var channel = FileChannel.open(dataDir.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		try {
			var lock = channel.tryLock();
			if (lock != null) {
				return new InstanceLock(channel, lock);
			}
		}
		catch (OverlappingFileLockException heldInThisProcess) {
			// fall through: held by this very JVM
		}
		channel.close();
		throw new IllegalStateException("Another e-Monev KIP is already running on the data directory " + dataDir
				+ "; stop it first (or give this one another APP_DATA_DIR)");
	}

	/** Whether an application (another process, or this one) runs on the data directory right now. */
	static boolean isHeld(Path dataDir) throws IOException {
		if (!Files.exists(dataDir.resolve(NAME))) {
			return false;
		}
		try {
			acquire(dataDir).close();
			return false;
		}
		catch (IllegalStateException held) {
			return true;
		}
	}

	@Override
	public void close() throws IOException {
		lock.release();
		channel.close();
	}

}
