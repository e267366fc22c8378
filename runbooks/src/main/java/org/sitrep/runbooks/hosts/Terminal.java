package org.sitrep.runbooks.hosts;

/**
 * Text from a config file on its way to a terminal: control characters (an escape sequence hidden
 * in a host name could rewrite the screen) shown as {@code ?}.
 */
public final class Terminal {

  private Terminal() {}

  public static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean control =
                  Character.getType(c) == Character.CONTROL
                      || Character.getType(c) == Character.FORMAT
                      || c == 0x2028
                      || c == 0x2029;
              out.append(control ? "?" : new String(Character.toChars(c)));
            });
    return out.toString();
  }
}
