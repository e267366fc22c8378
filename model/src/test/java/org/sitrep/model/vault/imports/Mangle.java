package org.sitrep.model.vault.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Damage a file might suffer on its way from an export dialog to Sitrep, one kind at a time. */
final class Mangle {

  private static final String NOISE = "<>\"',;{}[]&\\\n\r\t:=#|%\u0000\u00e9\uFEFF";

  private Mangle() {}

  static String once(String text, Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return text.substring(0, random.nextInt(text.length()));
      case 1:
        StringBuilder flipped = new StringBuilder(text);
        for (int k = 0; k < 1 + random.nextInt(5); k++) {
          flipped.setCharAt(
              random.nextInt(flipped.length()), NOISE.charAt(random.nextInt(NOISE.length())));
        }
        return flipped.toString();
      case 2:
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
      case 3:
        List<String> more = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = random.nextInt(more.size());
        more.add(at, more.get(at));
        return String.join("\n", more);
      case 4:
        int cut = random.nextInt(text.length());
        return text.substring(cut) + text.substring(0, cut);
      default:
        return text.replace("\"", random.nextBoolean() ? "" : "\"\"");
    }
  }
}
