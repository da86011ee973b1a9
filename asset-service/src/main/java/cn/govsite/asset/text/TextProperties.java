package cn.govsite.asset.text;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of document text extraction under {@code govsite.asset.text}.
 *
 * @param maxChars text kept per document; the rest is cut (a 300-page report still gets
 * its first 100,000 characters searched)
 * @param maxIds resources one internal request may ask about
 */
@ConfigurationProperties("govsite.asset.text")
public record TextProperties(@DefaultValue("100000") int maxChars, @DefaultValue("100") int maxIds) {

}
