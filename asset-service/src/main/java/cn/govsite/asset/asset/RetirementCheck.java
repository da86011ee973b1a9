package cn.govsite.asset.asset;

/**
 * A reason a resource may not be retired yet (it is in use, for instance); throws a
 * problem to refuse. Features add their checks as beans without the library knowing them.
 */
public interface RetirementCheck {

	void beforeRetire(Asset asset);

}
