package cn.govsite.tenant.profile;

/** 联系人 — someone the supervisors can reach about the site. */
public record Contact(String name, String phone, String email) {

}
