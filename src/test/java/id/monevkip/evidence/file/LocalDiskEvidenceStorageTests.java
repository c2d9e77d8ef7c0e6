package id.monevkip.evidence.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalDiskEvidenceStorageTests {

	@TempDir
	Path root;

	@Test
	void storesUnderTheSha256OfTheContentSplitIntoTwoLevels() throws Exception {
		var storage = new LocalDiskEvidenceStorage(root, 1024);
		var bytes = "laporan layanan informasi".getBytes(StandardCharsets.UTF_8);

		var blob = storage.store(new ByteArrayInputStream(bytes));

		var expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		assertThat(blob.sha256()).isEqualTo(expected);
		assertThat(blob.size()).isEqualTo(bytes.length);
		var path = root.resolve(expected.substring(0, 2)).resolve(expected.substring(2, 4)).resolve(expected);
		assertThat(path).hasBinaryContent(bytes);
		assertThat(storage.exists(expected)).isTrue();
		try (var in = storage.open(expected)) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		assertThat(tempFiles()).isZero();
	}

	@Test
	void theSameBytesTwiceAreOneBlob() throws Exception {
		var storage = new LocalDiskEvidenceStorage(root, 1024);
		var bytes = "sama".getBytes(StandardCharsets.UTF_8);

		var first = storage.store(new ByteArrayInputStream(bytes));
		var second = storage.store(new ByteArrayInputStream(bytes));

		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(first.created()).isTrue();
		assertThat(second.created()).as("the second store found the bytes there").isFalse();
		try (var all = Files.walk(root)) {
			assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(1);
		}
	}

	@Test
	void contentPastTheLimitIsRefusedAndLeavesNothingBehind() throws Exception {
		var storage = new LocalDiskEvidenceStorage(root, 100);

		assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(new byte[101])))
				.isInstanceOf(BlobTooLargeException.class);

		try (var all = Files.walk(root)) {
			assertThat(all.filter(Files::isRegularFile).count()).isZero();
		}
		var exactly = storage.store(new ByteArrayInputStream(new byte[100]));
		assertThat(exactly.size()).isEqualTo(100);
	}

	@Test
	void aThirtyMegabyteStreamIsStoredWithoutLeavingATemporaryFile() throws Exception {
		var storage = new LocalDiskEvidenceStorage(root, 40L * 1024 * 1024);
		long size = 30L * 1024 * 1024;

		var blob = storage.store(new PatternStream(size));

		assertThat(blob.size()).isEqualTo(size);
		assertThat(Files.size(storage.pathOf(blob.sha256()))).isEqualTo(size);
		assertThat(tempFiles()).isZero();
	}

	@Test
	void aSmallerLimitPerCallAppliesButNeverALargerOne() throws Exception {
		var storage = new LocalDiskEvidenceStorage(root, 100);

		assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(new byte[51]), 50))
				.isInstanceOfSatisfying(BlobTooLargeException.class, ex -> assertThat(ex).hasMessageContaining("50 bytes"));
		assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(new byte[101]), 1000))
				.isInstanceOf(BlobTooLargeException.class);
		assertThat(tempFiles()).isZero();
	}

	@Test
	void aDeletedBlobIsGone() throws Exception {
		var storage = new LocalDiskEvidenceStorage(root, 100);
		var blob = storage.store(new ByteArrayInputStream(new byte[] { 1, 2, 3 }));

		storage.delete(blob.sha256());

		assertThat(storage.exists(blob.sha256())).isFalse();
	}

	@Test
	void refusesSomethingThatIsNotASha256() {
		var storage = new LocalDiskEvidenceStorage(root, 100);

		assertThatThrownBy(() -> storage.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
	}

	private long tempFiles() throws IOException {
		var tmp = root.resolve("tmp");
		if (!Files.exists(tmp)) {
			return 0;
		}
		try (var files = Files.list(tmp)) {
			return files.count();
		}
	}

	/** Generates bytes on the fly, so the test itself holds nothing of the content in memory. */
	static final class PatternStream extends InputStream {

		private long remaining;

		PatternStream(long size) {
			this.remaining = size;
		}

		@Override
		public int read() {
			if (remaining <= 0) {
				return -1;
			}
			remaining--;
			return (int) (remaining % 251);
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (remaining <= 0) {
				return -1;
			}
			int n = (int) Math.min(len, remaining);
			for (int i = 0; i < n; i++) {
				remaining--;
				b[off + i] = (byte) (remaining % 251);
			}
			return n;
		}

	}

}
