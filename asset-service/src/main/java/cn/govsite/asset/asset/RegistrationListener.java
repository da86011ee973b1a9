package cn.govsite.asset.asset;

/**
 * Work that follows a registration (variants, for instance), after the state is saved.
 */
public interface RegistrationListener {

	void registered(Asset asset);

}
