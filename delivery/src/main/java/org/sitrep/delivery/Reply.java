package org.sitrep.delivery;

import java.util.Map;
import java.util.Optional;

/** What a target answered: status, headers (names in lower case) and body. */
record Reply(int status, Map<String, String> headers, String body) {

  boolean ok() {
    return status >= 200 && status < 300;
  }

  Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
  }
}
