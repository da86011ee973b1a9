package cn.govsite.content.migration;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

/**
 * A dry run's target: imports and registrations get stand-in ids (negative, so nobody
 * mistakes them for real ones) and nothing is written anywhere.
 */
final class PreviewTarget implements Target {

	private final AtomicLong ids = new AtomicLong();

	private final LongPredicate columnOpen;

	private int redirects;

	PreviewTarget(LongPredicate columnOpen) {
		this.columnOpen = columnOpen;
	}

	@Override
	public long register(String url, String filename, String contentType, byte[] content, String title) {
		return this.ids.decrementAndGet();
	}

	@Override
	public long importItem(Draft draft) {
		return this.ids.decrementAndGet();
	}

	@Override
	public long archiveColumn(String name) {
		return 0;
	}

	@Override
	public boolean columnOpen(long columnId) {
		return this.columnOpen.test(columnId);
	}

	@Override
	public void redirect(String oldPath, String newPath) {
		this.redirects++;
	}

	@Override
	public <T> T atomically(Supplier<T> work) {
		return work.get();
	}

	int redirects() {
		return this.redirects;
	}

}
