package org.sitrep.model.vault.imports;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Base32 seed inside what password managers store as "TOTP": a bare seed, or an {@code
 * otpauth://totp/…?secret=…} URI whose other parameters Sitrep cannot honour are reported.
 */
final class TotpSeed {

  /** The seed, plus why codes may not match what the old tool showed ("" when they will). */
  record Parsed(char[] seed, String caveat) {
    @Override
    public String toString() {
      return "Parsed[seed hidden]";
    }
  }

  private static final Pattern BASE32 = Pattern.compile("[A-Z2-7]+=*");

  private TotpSeed() {}

  /** Empty when the value holds no Base32 seed Sitrep can use (the caller keeps it in notes). */
  static Optional<Parsed> parse(char[] value) {
    String v = new String(value).strip();
    if (v.isEmpty() || v.toLowerCase(Locale.ROOT).startsWith("steam://")) {
      return Optional.empty();
    }
    String caveat = "";
    if (v.toLowerCase(Locale.ROOT).startsWith("otpauth://")) {
      if (!v.toLowerCase(Locale.ROOT).startsWith("otpauth://totp/")) {
        return Optional.empty();
      }
      int q = v.indexOf('?');
      String seed = "";
      for (String pair : q < 0 ? new String[0] : v.substring(q + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        String key = kv[0].toLowerCase(Locale.ROOT);
        String val = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
        if (key.equals("secret")) {
          seed = val;
        } else if (key.equals("period") && !val.equals("30")
            || key.equals("digits") && !val.equals("6")
            || key.equals("algorithm") && !val.equalsIgnoreCase("SHA1")) {
          caveat = "its TOTP uses " + key + "=" + val + "; Sitrep shows 30 s, 6-digit SHA-1 codes";
        }
      }
      v = seed;
    }
    String seed = v.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    if (!BASE32.matcher(seed).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(seed.toCharArray(), caveat));
  }
}
