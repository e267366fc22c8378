package org.sitrep.model.store;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** One shared JSON mapper: stable key order so the same value always serialises the same way. */
public final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .findAndAddModules()
          .build();

  private Json() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }

  public static String write(Object value) {
    return value == null ? null : MAPPER.writeValueAsString(value);
  }

  /** A JSON array of strings as stored by {@link #write}; null or empty reads as no strings. */
  public static java.util.List<String> readStringList(String json) {
    if (json == null || json.isBlank()) {
      return java.util.List.of();
    }
    return java.util.List.of(MAPPER.readValue(json, String[].class));
  }
}
