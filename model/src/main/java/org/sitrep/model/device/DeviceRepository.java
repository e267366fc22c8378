package org.sitrep.model.device;

import static org.sitrep.model.store.schema.Tables.DEVICE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.store.schema.tables.records.DeviceRecord;

/** The device table: this laptop's identity, its persisted clock and its log chain head. */
public final class DeviceRepository {

  private static final SecureRandom RANDOM = new SecureRandom();

  private DeviceRepository() {}

  /** Loads this laptop's row, creating it (with a fresh random id) on first start. */
  public static LocalDevice loadOrCreateLocal(DSLContext dsl, long nowMillis) {
    DeviceRecord row = dsl.selectFrom(DEVICE).where(DEVICE.IS_LOCAL.eq(1L)).fetchOne();
    if (row == null) {
      byte[] id = new byte[8];
      RANDOM.nextBytes(id);
      row = dsl.newRecord(DEVICE);
      row.setId(HexFormat.of().formatHex(id));
      row.setIsLocal(1L);
      row.setLabel(hostName());
      row.setCreatedMs(nowMillis);
      row.store();
    }
    return new LocalDevice(row.getId(), row.getLabel(), Optional.ofNullable(row.getOperator()));
  }

  public static void setOperator(DSLContext dsl, String deviceId, String operator) {
    dsl.update(DEVICE).set(DEVICE.OPERATOR, operator).where(DEVICE.ID.eq(deviceId)).execute();
  }

  public static long lastClock(DSLContext dsl, String deviceId) {
    Long last =
        dsl.select(DEVICE.LAST_HLC)
            .from(DEVICE)
            .where(DEVICE.ID.eq(deviceId))
            .fetchOne(0, Long.class);
    return last == null ? 0 : last;
  }

  public static void saveClock(DSLContext dsl, String deviceId, long packed) {
    dsl.update(DEVICE)
        .set(DEVICE.LAST_HLC, packed)
        .where(DEVICE.ID.eq(deviceId).and(DEVICE.LAST_HLC.lt(packed)))
        .execute();
  }

  /** Labels of every device that has written here, for showing "where" next to an entry. */
  public static java.util.Map<String, String> labels(DSLContext dsl) {
    return dsl.select(DEVICE.ID, DEVICE.LABEL).from(DEVICE).fetchMap(DEVICE.ID, DEVICE.LABEL);
  }

  /**
   * The host name without a DNS lookup: InetAddress.getLocalHost() can hang for seconds on a laptop
   * with no network, which is exactly when Sitrep is needed.
   */
  static String hostName() {
    for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    try {
      Path etc = Path.of("/etc/hostname");
      if (Files.isReadable(etc)) {
        String value = Files.readString(etc).strip();
        if (!value.isEmpty()) {
          return value;
        }
      }
    } catch (java.io.IOException | SecurityException e) {
      // fall through to the generic label
    }
    return "this laptop";
  }
}
