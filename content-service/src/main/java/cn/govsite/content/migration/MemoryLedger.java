package cn.govsite.content.migration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ledger of a dry run: nothing persisted, nothing imported before. */
final class MemoryLedger implements Ledger {

	/** One URL and what became of it. */
	record Line(String url, Kind kind, String section, Result result) {
	}

	private final Map<String, Line> lines = new LinkedHashMap<>();

	private final int maxPages;

	private long nextId = 1;

	MemoryLedger(int maxPages) {
		this.maxPages = maxPages;
	}

	@Override
	public List<Entry> next(int limit) {
		List<Entry> queued = new ArrayList<>();
		for (Line line : this.lines.values()) {
			if (line.result() == null && queued.size() < limit) {
				queued.add(new Entry(this.nextId++, line.url(), line.kind(), line.section()));
			}
		}
		return queued;
	}

	@Override
	public boolean enqueue(String url, Kind kind, String section) {
		if (this.lines.containsKey(url) || this.lines.size() >= this.maxPages) {
			return false;
		}
		this.lines.put(url, new Line(url, kind, section, null));
		return true;
	}

	@Override
	public void finish(Entry entry, Result result) {
		Line line = this.lines.get(entry.url());
		this.lines.put(entry.url(), new Line(entry.url(), line.kind(), line.section(), result));
	}

	@Override
	public void asset(String url, Result result) {
		this.lines.put(url, new Line(url, Kind.ASSET, null, result));
	}

	@Override
	public Optional<Long> importedFrom(String url) {
		return Optional.ofNullable(this.lines.get(url))
			.map(Line::result)
			.filter(result -> result != null && result.outcome().imported())
			.map(Result::articleId);
	}

	@Override
	public Optional<Long> importedWithContent(String contentHash) {
		return this.lines.values()
			.stream()
			.filter(line -> line.result() != null && line.result().outcome().imported()
					&& contentHash.equals(line.result().contentHash()))
			.map(line -> line.result().articleId())
			.findFirst();
	}

	@Override
	public Optional<Long> assetFrom(String url) {
		return Optional.ofNullable(this.lines.get(url))
			.map(Line::result)
			.filter(result -> result != null && result.outcome() == Outcome.REGISTERED)
			.map(Result::assetId);
	}

	@Override
	public Map<Outcome, Integer> counts() {
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		this.lines.values()
			.stream()
			.filter(line -> line.result() != null)
			.forEach(line -> counts.merge(line.result().outcome(), 1, Integer::sum));
		return counts;
	}

	@Override
	public boolean cancelled() {
		return false;
	}

	List<Line> lines() {
		return List.copyOf(this.lines.values());
	}

}
