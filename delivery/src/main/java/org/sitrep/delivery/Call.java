package org.sitrep.delivery;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One HTTP request a target makes. {@code toString} names method and path, never headers. */
record Call(String method, URI uri, Map<String, String> headers, Optional<String> json) {

  Call {
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  static Call post(URI uri, Map<String, String> headers, String json) {
    return new Call("POST", uri, headers, Optional.of(json));
  }

  static Call patch(URI uri, Map<String, String> headers, String json) {
    return new Call("PATCH", uri, headers, Optional.of(json));
  }

  static Call get(URI uri, Map<String, String> headers) {
    return new Call("GET", uri, headers, Optional.empty());
  }

  @Override
  public String toString() {
    return method + " " + uri.getHost() + uri.getPath();
  }
}
