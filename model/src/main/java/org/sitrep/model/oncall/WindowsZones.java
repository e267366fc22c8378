package org.sitrep.model.oncall;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Windows time zone names, as Outlook and Exchange write them in TZID, to IANA ids: the zone CLDR's
 * windowsZones list gives for each name's default territory. Written for Sitrep from that list's
 * meaning; only names are mapped, the rules come from the JDK's tz database.
 */
final class WindowsZones {

  private static final Map<String, String> IANA = new HashMap<>();

  static {
    z("Dateline Standard Time", "Etc/GMT+12");
    z("UTC-11", "Etc/GMT+11");
    z("Aleutian Standard Time", "America/Adak");
    z("Hawaiian Standard Time", "Pacific/Honolulu");
    z("Alaskan Standard Time", "America/Anchorage");
    z("Pacific Standard Time (Mexico)", "America/Tijuana");
    z("Pacific Standard Time", "America/Los_Angeles");
    z("US Mountain Standard Time", "America/Phoenix");
    z("Mountain Standard Time (Mexico)", "America/Mazatlan");
    z("Mountain Standard Time", "America/Denver");
    z("Central America Standard Time", "America/Guatemala");
    z("Central Standard Time", "America/Chicago");
    z("Central Standard Time (Mexico)", "America/Mexico_City");
    z("Canada Central Standard Time", "America/Regina");
    z("SA Pacific Standard Time", "America/Bogota");
    z("Eastern Standard Time (Mexico)", "America/Cancun");
    z("Eastern Standard Time", "America/New_York");
    z("US Eastern Standard Time", "America/Indianapolis");
    z("Venezuela Standard Time", "America/Caracas");
    z("Atlantic Standard Time", "America/Halifax");
    z("SA Western Standard Time", "America/La_Paz");
    z("Central Brazilian Standard Time", "America/Cuiaba");
    z("Pacific SA Standard Time", "America/Santiago");
    z("Newfoundland Standard Time", "America/St_Johns");
    z("E. South America Standard Time", "America/Sao_Paulo");
    z("Argentina Standard Time", "America/Buenos_Aires");
    z("SA Eastern Standard Time", "America/Cayenne");
    z("Greenland Standard Time", "America/Godthab");
    z("Montevideo Standard Time", "America/Montevideo");
    z("UTC-02", "Etc/GMT+2");
    z("Azores Standard Time", "Atlantic/Azores");
    z("Cape Verde Standard Time", "Atlantic/Cape_Verde");
    z("UTC", "Etc/UTC");
    z("Coordinated Universal Time", "Etc/UTC");
    z("GMT Standard Time", "Europe/London");
    z("Greenwich Standard Time", "Atlantic/Reykjavik");
    z("Morocco Standard Time", "Africa/Casablanca");
    z("W. Europe Standard Time", "Europe/Berlin");
    z("Central Europe Standard Time", "Europe/Budapest");
    z("Romance Standard Time", "Europe/Paris");
    z("Central European Standard Time", "Europe/Warsaw");
    z("W. Central Africa Standard Time", "Africa/Lagos");
    z("GTB Standard Time", "Europe/Bucharest");
    z("Middle East Standard Time", "Asia/Beirut");
    z("Egypt Standard Time", "Africa/Cairo");
    z("E. Europe Standard Time", "Europe/Chisinau");
    z("South Africa Standard Time", "Africa/Johannesburg");
    z("FLE Standard Time", "Europe/Kiev");
    z("Israel Standard Time", "Asia/Jerusalem");
    z("Jordan Standard Time", "Asia/Amman");
    z("Arabic Standard Time", "Asia/Baghdad");
    z("Turkey Standard Time", "Europe/Istanbul");
    z("Arab Standard Time", "Asia/Riyadh");
    z("Russian Standard Time", "Europe/Moscow");
    z("E. Africa Standard Time", "Africa/Nairobi");
    z("Iran Standard Time", "Asia/Tehran");
    z("Arabian Standard Time", "Asia/Dubai");
    z("Azerbaijan Standard Time", "Asia/Baku");
    z("Georgian Standard Time", "Asia/Tbilisi");
    z("Caucasus Standard Time", "Asia/Yerevan");
    z("Afghanistan Standard Time", "Asia/Kabul");
    z("West Asia Standard Time", "Asia/Tashkent");
    z("Ekaterinburg Standard Time", "Asia/Yekaterinburg");
    z("Pakistan Standard Time", "Asia/Karachi");
    z("India Standard Time", "Asia/Calcutta");
    z("Sri Lanka Standard Time", "Asia/Colombo");
    z("Nepal Standard Time", "Asia/Katmandu");
    z("Central Asia Standard Time", "Asia/Almaty");
    z("Bangladesh Standard Time", "Asia/Dhaka");
    z("Myanmar Standard Time", "Asia/Rangoon");
    z("SE Asia Standard Time", "Asia/Bangkok");
    z("N. Central Asia Standard Time", "Asia/Novosibirsk");
    z("China Standard Time", "Asia/Shanghai");
    z("North Asia Standard Time", "Asia/Krasnoyarsk");
    z("Singapore Standard Time", "Asia/Singapore");
    z("W. Australia Standard Time", "Australia/Perth");
    z("Taipei Standard Time", "Asia/Taipei");
    z("Ulaanbaatar Standard Time", "Asia/Ulaanbaatar");
    z("Tokyo Standard Time", "Asia/Tokyo");
    z("Korea Standard Time", "Asia/Seoul");
    z("Cen. Australia Standard Time", "Australia/Adelaide");
    z("AUS Central Standard Time", "Australia/Darwin");
    z("E. Australia Standard Time", "Australia/Brisbane");
    z("AUS Eastern Standard Time", "Australia/Sydney");
    z("West Pacific Standard Time", "Pacific/Port_Moresby");
    z("Tasmania Standard Time", "Australia/Hobart");
    z("Vladivostok Standard Time", "Asia/Vladivostok");
    z("Central Pacific Standard Time", "Pacific/Guadalcanal");
    z("New Zealand Standard Time", "Pacific/Auckland");
    z("UTC+12", "Etc/GMT-12");
    z("Fiji Standard Time", "Pacific/Fiji");
    z("Tonga Standard Time", "Pacific/Tongatapu");
    z("Samoa Standard Time", "Pacific/Apia");
    z("Line Islands Standard Time", "Pacific/Kiritimati");
  }

  private WindowsZones() {}

  /** The IANA id for a Windows zone name, ignoring case and surrounding quotes. */
  static Optional<String> iana(String windowsName) {
    return Optional.ofNullable(IANA.get(windowsName.strip().toLowerCase(Locale.ROOT)));
  }

  private static void z(String windows, String iana) {
    IANA.put(windows.toLowerCase(Locale.ROOT), iana);
  }
}
