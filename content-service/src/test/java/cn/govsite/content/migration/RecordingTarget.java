package cn.govsite.content.migration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Records what a run would import, with stand-in ids (files negative, items from 1001).
 */
class RecordingTarget implements Target {

	final Map<String, Draft> drafts = new LinkedHashMap<>();

	final Map<String, String> redirects = new LinkedHashMap<>();

	int imports;

	private long ids;

	@Override
	public long register(String url, String filename, String contentType, byte[] content, String title) {
		return --this.ids;
	}

	@Override
	public long importItem(Draft draft) {
		this.imports++;
		this.drafts.put(draft.url(), draft);
		return 1000 + this.drafts.size();
	}

	@Override
	public long archiveColumn(String name) {
		return 99;
	}

	@Override
	public boolean columnOpen(long columnId) {
		return true;
	}

	@Override
	public void redirect(String oldPath, String newPath) {
		this.redirects.put(oldPath, newPath);
	}

	@Override
	public <T> T atomically(Supplier<T> work) {
		return work.get();
	}

}
