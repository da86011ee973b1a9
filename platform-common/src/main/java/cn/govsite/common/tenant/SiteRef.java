package cn.govsite.common.tenant;

/** A site (tenant) as requests and events name it: its numeric id and its code. */
public record SiteRef(long id, String code) {

}
