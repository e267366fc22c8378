package org.sitrep.model.vault.imports;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A KeePass 2 / KeePassXC "XML export": groups nest, each entry is a list of key/value strings
 * (Title, UserName, Password, URL, Notes, TOTP fields, custom ones). Streamed with StAX, DTDs and
 * external entities off (an export is untrusted input); an entry's history and the Recycle Bin are
 * left out, the latter with a warning.
 */
final class KeePassXmlReader {

  private static final class Group {
    String name = "";
    boolean recycled;
  }

  private final String file;
  private final List<String> warnings;
  private final List<SourceEntry> entries = new ArrayList<>();
  private final Deque<Group> groups = new ArrayDeque<>();
  private String recycleBin = "";
  private int recycledEntries;
  private SourceEntry entry;
  private final KeePassFields fields = new KeePassFields();

  private KeePassXmlReader(String file, List<String> warnings) {
    this.file = file;
    this.warnings = warnings;
  }

  static List<SourceEntry> read(String file, String text, List<String> warnings) {
    KeePassXmlReader r = new KeePassXmlReader(file, warnings);
    XMLStreamReader xml = null;
    try {
      xml = factory().createXMLStreamReader(new StringReader(text));
      r.walk(xml);
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
      throw new BadExportException(
          file, "line " + line + ":" + column, "not well-formed XML (" + reason(e) + ")");
    } finally {
      close(xml);
    }
    if (r.recycledEntries > 0) {
      warnings.add(
          file + ": " + r.recycledEntries + " entries in the Recycle Bin were not imported");
    }
    return r.entries;
  }

  private void walk(XMLStreamReader xml) throws XMLStreamException {
    boolean rootSeen = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        ended(xml.getLocalName());
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = xml.getLocalName();
      if (!rootSeen) {
        rootSeen = true;
        if (!name.equals("KeePassFile")) {
          throw new BadExportException(
              file, at(xml), "not a KeePass XML export: the root element is not <KeePassFile>");
        }
        continue;
      }
      started(xml, name);
    }
    if (!rootSeen) {
      throw new BadExportException(file, "", "not a KeePass XML export: no elements at all");
    }
  }

  private void started(XMLStreamReader xml, String name) throws XMLStreamException {
    switch (name) {
      case "RecycleBinUUID":
        recycleBin = xml.getElementText().strip();
        break;
      case "Group":
        Group g = new Group();
        g.recycled = !groups.isEmpty() && groups.peek().recycled;
        groups.push(g);
        break;
      case "UUID":
        String uuid = xml.getElementText().strip();
        if (entry == null
            && !groups.isEmpty()
            && !recycleBin.isEmpty()
            && uuid.equals(recycleBin)) {
          groups.peek().recycled = true;
        }
        break;
      case "Name":
        if (entry == null && !groups.isEmpty()) {
          groups.peek().name = xml.getElementText().strip();
        }
        break;
      case "History":
        skip(xml);
        break;
      case "Entry":
        entry = new SourceEntry(at(xml), folder());
        break;
      case "String":
        if (entry != null) {
          fields.read(xml, entry, file);
        }
        break;
      case "Tags":
        if (entry != null) {
          for (String t : xml.getElementText().split("[;,]")) {
            entry.tags.add(t.strip());
          }
        }
        break;
      case "Binary":
        if (entry != null) {
          entry.warnings.add("has an attachment, which is not imported");
          skip(xml);
        }
        break;
      default:
        break;
    }
  }

  private void ended(String name) {
    if (name.equals("Group") && !groups.isEmpty()) {
      groups.pop();
    } else if (name.equals("Entry") && entry != null) {
      if (!groups.isEmpty() && groups.peek().recycled) {
        recycledEntries++;
        entry.wipe();
      } else {
        entries.add(entry);
      }
      entry = null;
    }
  }

  /** Group names from the outside in, without the database's own root group. */
  private List<String> folder() {
    List<String> names = new ArrayList<>();
    groups.descendingIterator().forEachRemaining(g -> names.add(g.name));
    return names.isEmpty() ? names : names.subList(1, names.size());
  }

  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  static String at(XMLStreamReader xml) {
    return "line " + xml.getLocation().getLineNumber();
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** The parser's reason without anything it quoted from the file: that could be a secret. */
  private static String reason(XMLStreamException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int at = m.indexOf("Message: ");
    String reason = at < 0 ? m : m.substring(at + "Message: ".length());
    reason = reason.replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("'[^']*'", "'…'");
    reason = reason.replaceAll("\\s+", " ").strip();
    return reason.length() > 160 ? reason.substring(0, 160) + "…" : reason;
  }

  private static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // Nothing to release for an in-memory reader.
      }
    }
  }
}
