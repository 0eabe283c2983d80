package dev.pgdl.core.report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;

/** An indented XML document over the JDK's streaming writer, which escapes text and attributes. */
final class Xml implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final Writer out;
    private final XMLStreamWriter xml;
    private int depth;
    private boolean afterChild;

    private Xml(Writer out, XMLStreamWriter xml) {
        this.out = out;
        this.xml = xml;
    }

    static Xml document(Writer out) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            return new Xml(out, xml);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Opens an element on a new line; attributes come as name, value pairs. */
    Xml start(String name, String... attributes) throws IOException {
        try {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeStartElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
            depth++;
            afterChild = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    Xml text(String text) throws IOException {
        try {
            xml.writeCharacters(text);
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Closes the innermost element; one that holds elements closes on a line of its own. */
    Xml end() throws IOException {
        try {
            depth--;
            if (afterChild) {
                xml.writeCharacters("\n" + "  ".repeat(depth));
            }
            xml.writeEndElement();
            afterChild = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.writeEndDocument();
            xml.flush();
            out.write("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
