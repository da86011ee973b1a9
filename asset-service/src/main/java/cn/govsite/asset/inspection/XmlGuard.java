package cn.govsite.asset.inspection;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML data is parsed once with the JDK's parser hardened as OWASP advises: a document
 * type declaration is an error, so no entity can expand (billion laughs) and no external
 * entity is fetched (XXE). Data sets never need a DTD.
 */
final class XmlGuard {

	private XmlGuard() {
	}

	static void check(UploadSource upload) throws IOException {
		SAXParser parser;
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			parser = factory.newSAXParser();
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("The JDK's XML parser lacks a hardening feature", ex);
		}
		try (InputStream in = upload.open()) {
			parser.parse(in, new DefaultHandler());
		}
		catch (SAXException ex) {
			String message = String.valueOf(ex.getMessage());
			if (message.contains("DOCTYPE")) {
				throw UploadRefusal.of(UploadRefusal.UNSAFE, "XML 含有文档类型定义（DTD），可能是 XML 炸弹或外部实体攻击，已拒绝",
						"The XML has a document type declaration (a possible XML bomb or external entity attack)");
			}
			throw UploadRefusal.of(UploadRefusal.UNSAFE, "XML 格式不正确", "The XML is not well-formed");
		}
	}

}
