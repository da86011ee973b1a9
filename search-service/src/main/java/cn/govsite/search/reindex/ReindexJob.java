package cn.govsite.search.reindex;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 重建索引任务 — one full reindex and its progress. Lifecycle: {@code COPYING} →
 * {@code SWAPPING} → {@code DONE}, or {@code FAILED} from either running state (the alias
 * then still points at the old index, untouched).
 */
public final class ReindexJob {

	/** The states of a reindex; {@link #next} is the only way between them. */
	public enum State {

		COPYING, SWAPPING, DONE, FAILED;

		boolean running() {
			return this == COPYING || this == SWAPPING;
		}

		State next(State to) {
			boolean allowed = switch (this) {
				case COPYING -> to == SWAPPING || to == FAILED;
				case SWAPPING -> to == DONE || to == FAILED;
				case DONE, FAILED -> false;
			};
			if (!allowed) {
				throw new IllegalStateException("A reindex cannot go from " + this + " to " + to);
			}
			return to;
		}

	}

	private final String id;

	private final String targetIndex;

	private final Instant startedAt;

	private final AtomicLong copied = new AtomicLong();

	private volatile long total = -1;

	private volatile State state = State.COPYING;

	private volatile Instant finishedAt;

	private volatile String error;

	private volatile List<String> replaced = List.of();

	ReindexJob(String id, String targetIndex, Instant startedAt) {
		this.id = id;
		this.targetIndex = targetIndex;
		this.startedAt = startedAt;
	}

	public String id() {
		return this.id;
	}

	public State state() {
		return this.state;
	}

	boolean running() {
		return this.state.running();
	}

	void total(long total) {
		this.total = total;
	}

	void copied(long count) {
		this.copied.addAndGet(count);
	}

	synchronized void swapping() {
		this.state = this.state.next(State.SWAPPING);
	}

	synchronized void done(List<String> replaced, Instant at) {
		this.state = this.state.next(State.DONE);
		this.replaced = List.copyOf(replaced);
		this.finishedAt = at;
	}

	synchronized void failed(String error, Instant at) {
		this.state = this.state.next(State.FAILED);
		this.error = error;
		this.finishedAt = at;
	}

	/** Percent of the documents copied, 0 to 100 (100 when the source was empty). */
	int percent() {
		long all = this.total;
		if (this.state == State.DONE || all == 0) {
			return 100;
		}
		if (all < 0) {
			return 0;
		}
		return (int) Math.min(100, this.copied.get() * 100 / all);
	}

	public View view() {
		return new View(this.id, this.state, this.targetIndex, this.total, this.copied.get(), percent(), this.startedAt,
				this.finishedAt, this.replaced, this.error);
	}

	/** What the API shows of a job. */
	public record View(String id, State state, String targetIndex, long total, long copied, int percent,
			Instant startedAt, Instant finishedAt, List<String> replacedIndices, String error) {
	}

}
