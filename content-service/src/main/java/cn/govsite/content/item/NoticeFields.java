package cn.govsite.content.item;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 通知公告 — who issues the notice and, if it expires, until when it holds. */
public record NoticeFields(@NotBlank @Size(max = 100) String issuer, LocalDate validUntil) implements TypeFields {

}
