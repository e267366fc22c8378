package org.sitrep.model.vault.imports;

import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One {@code <String><Key/><Value/></String>} of a KeePass entry, put where it belongs: the
 * standard keys to their fields, the TOTP keys KeePassXC and KeePass 2 write to the seed, anything
 * else to the encrypted notes.
 */
final class KeePassFields {

  void read(XMLStreamReader xml, SourceEntry entry, String file) throws XMLStreamException {
    String key = "";
    char[] value = new char[0];
    boolean encrypted = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("String")) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (xml.getLocalName().equals("Key")) {
        key = xml.getElementText().strip();
      } else if (xml.getLocalName().equals("Value")) {
        encrypted = "True".equalsIgnoreCase(xml.getAttributeValue(null, "Protected"));
        String where = KeePassXmlReader.at(xml);
        value = xml.getElementText().toCharArray();
        if (encrypted) {
          throw new BadExportException(
              file,
              where,
              "this value is still encrypted (Protected=\"True\"): the file is a database's inner"
                  + " XML, not an export. Export with File → Export → XML");
        }
      }
    }
    put(entry, key, value);
  }

  private static void put(SourceEntry e, String key, char[] value) {
    switch (key.toLowerCase(Locale.ROOT)) {
      case "title":
        e.title = new String(value).strip();
        break;
      case "username":
        e.username = new String(value).strip();
        break;
      case "url":
        e.url = new String(value).strip();
        break;
      case "password":
        e.password = value;
        break;
      case "notes":
        e.notes = value;
        break;
      case "otp":
      case "totp seed":
      case "timeotp-secret-base32":
        e.totp = value;
        break;
      case "totp settings":
        if (!new String(value).strip().matches("30;6|30;6;.*|")) {
          e.warnings.add(
              "has TOTP settings other than 30 s / 6 digits; Sitrep shows 30 s, 6-digit codes");
        }
        break;
      default:
        if (value.length > 0) {
          e.extras.add(new SourceEntry.Extra(key, value));
        }
        break;
    }
  }
}
