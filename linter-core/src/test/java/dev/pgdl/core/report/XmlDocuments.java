package dev.pgdl.core.report;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;

/** Parses a report as XML (failing on a document that is not well-formed) and reads it by XPath. */
final class XmlDocuments {

    private XmlDocuments() {
    }

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static String text(Document document, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
    }

    static int count(Document document, String xpath) throws Exception {
        return ((Double) XPathFactory.newInstance().newXPath().evaluate("count(" + xpath + ")", document,
                XPathConstants.NUMBER)).intValue();
    }
}
