package org.sitrep.sync.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the two S3 XML answers sync cares about — a ListObjectsV2 page and an error's code — with
 * the JDK's parser, DTDs and external entities off: the server is not trusted to send safe XML.
 */
final class S3Xml {

  /** One page of a ListObjectsV2 answer; {@code nextToken} is set when {@code truncated}. */
  record ListPage(List<String> keys, boolean truncated, Optional<String> nextToken) {}

  private S3Xml() {}

  static ListPage listPage(byte[] xml) throws IOException {
    Element result = parse(xml).getDocumentElement();
    List<String> keys = new ArrayList<>();
    boolean truncated = false;
    Optional<String> token = Optional.empty();
    NodeList children = result.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node node = children.item(i);
      switch (localName(node)) {
        case "Contents" -> keys.add(childText(node, "Key").orElseThrow(() -> malformed("Key")));
        case "IsTruncated" -> truncated = Boolean.parseBoolean(node.getTextContent().strip());
        case "NextContinuationToken" -> token = Optional.of(node.getTextContent());
        default -> {}
      }
    }
    return new ListPage(keys, truncated, token);
  }

  /** The {@code <Code>} of an S3 error body, when there is one. */
  static Optional<String> errorCode(byte[] xml) {
    if (xml == null || xml.length == 0) {
      return Optional.empty();
    }
    try {
      return childText(parse(xml).getDocumentElement(), "Code");
    } catch (IOException notXml) {
      return Optional.empty();
    }
  }

  private static Document parse(byte[] xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // Fails on fatal errors without printing "[Fatal Error]" lines to stderr.
      builder.setErrorHandler(new DefaultHandler());
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("S3 answered with XML that could not be read: " + e.getMessage(), e);
    }
  }

  private static Optional<String> childText(Node parent, String name) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (name.equals(localName(children.item(i)))) {
        return Optional.of(children.item(i).getTextContent());
      }
    }
    return Optional.empty();
  }

  private static String localName(Node node) {
    if (node.getNodeType() != Node.ELEMENT_NODE) {
      return "";
    }
    return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
  }

  private static IOException malformed(String missing) {
    return new IOException("S3 list answer has an entry without " + missing);
  }
}
