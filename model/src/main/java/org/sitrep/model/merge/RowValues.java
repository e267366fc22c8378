package org.sitrep.model.merge;

import java.util.Arrays;
import java.util.Objects;
import org.sitrep.model.store.Json;

/** Compares a column's value with the value its operation carried, whatever type each came as. */
final class RowValues {

  private static final int SHOWN = 80;

  private RowValues() {}

  static boolean same(boolean json, Object want, Object have) {
    if (want == null || have == null) {
      return want == null && (have == null || (json && "null".equals(have)));
    }
    if (want instanceof byte[] a && have instanceof byte[] b) {
      return Arrays.equals(a, b);
    }
    if (want instanceof Number a && have instanceof Number b) {
      return a.longValue() == b.longValue();
    }
    if (json) {
      return Objects.equals(
          Json.mapper().readTree(want.toString()), Json.mapper().readTree(have.toString()));
    }
    return want.toString().equals(have.toString());
  }

  /**
   * What differs, in a line an operator can read: for multi-line text (a runbook's source) the
   * first line that differs, with its number, as it is now and as it was written.
   */
  static String difference(Object have, Object want, String writtenAs) {
    if (have instanceof String h
        && want instanceof String w
        && (h.contains("\n") || w.contains("\n"))) {
      String[] hs = h.split("\n", -1);
      String[] ws = w.split("\n", -1);
      for (int i = 0; i < Math.max(hs.length, ws.length); i++) {
        String a = i < hs.length ? hs[i] : null;
        String b = i < ws.length ? ws[i] : null;
        if (!Objects.equals(a, b)) {
          return "line "
              + (i + 1)
              + " holds "
              + shown(a)
              + " but was "
              + writtenAs
              + " "
              + shown(b);
        }
      }
    }
    return "holds " + shown(have) + " but was " + writtenAs + " " + shown(want);
  }

  static String shown(Object value) {
    if (value == null) {
      return "nothing";
    }
    if (value instanceof byte[] b) {
      return b.length + " bytes";
    }
    String s = value.toString();
    return "'" + (s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s) + "'";
  }
}
