package cn.govsite.content.check;

import java.util.List;

/**
 * One pre-publish check (质检 rule family); implementations are stateless and thread-safe.
 */
public interface Checker {

	List<Finding> check(CheckedText text);

}
