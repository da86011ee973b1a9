package cn.govsite.content.check;

import java.util.List;

/**
 * The leaders of the request's site, for the leader-name check; provided by the feature
 * that keeps leader profiles.
 */
public interface LeaderDirectory {

	List<Leader> leaders();

}
