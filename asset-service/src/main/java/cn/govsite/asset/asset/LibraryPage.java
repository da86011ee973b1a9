package cn.govsite.asset.asset;

import java.util.List;

/** One page of a library search, newest first. */
record LibraryPage(List<AssetView> items, long total, int page, int size) {

}
