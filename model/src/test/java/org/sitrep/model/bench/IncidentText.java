package org.sitrep.model.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.sitrep.model.log.EntryKind;

/**
 * Synthetic but realistic incident-response text for the benchmark: hosts, services, regions, error
 * messages, metrics, ticket numbers, people. Deterministic for a given {@link Random}, and varied
 * enough (numbers, ids, hashes, free sentences) that the full-text index has a realistic
 * vocabulary: a few very common words and a long tail of rare tokens.
 */
final class IncidentText {

  static final String[] SERVICES = {
    "payments-api",
    "checkout",
    "auth-service",
    "search-indexer",
    "notification-worker",
    "ledger",
    "inventory",
    "billing",
    "api-gateway",
    "user-profile",
    "order-router",
    "fraud-scoring",
    "media-transcoder",
    "session-store",
    "feature-flags",
    "rate-limiter",
    "dns-resolver",
    "cdn-edge",
    "reporting",
    "email-relay",
    "shipping-quotes",
    "recommendations",
    "identity-provider",
    "webhooks",
    "pricing-engine",
    "cart",
    "kafka-connect",
    "metrics-pipeline"
  };

  static final String[] HOST_ROLES = {
    "db",
    "pg",
    "web",
    "api",
    "cache",
    "redis",
    "kafka",
    "es",
    "lb",
    "worker",
    "batch",
    "edge",
    "k8s-node",
    "ingest",
    "mq",
    "vault"
  };

  static final String[] ENVS = {"prod", "prod", "prod", "stg", "canary", "dr"};

  static final String[] REGIONS = {
    "eu-west-1",
    "eu-central-1",
    "us-east-1",
    "us-west-2",
    "ap-south-1",
    "ap-northeast-1",
    "sa-east-1"
  };

  static final String[] ERRORS = {
    "connection refused",
    "connection reset by peer",
    "OOMKilled",
    "disk full",
    "too many open files",
    "TLS handshake timeout",
    "502 Bad Gateway",
    "503 Service Unavailable",
    "504 Gateway Timeout",
    "deadlock detected",
    "replication lag",
    "certificate expired",
    "read timeout",
    "segfault in libssl",
    "CrashLoopBackOff",
    "ENOSPC",
    "context deadline exceeded",
    "NXDOMAIN",
    "rate limit exceeded",
    "checksum mismatch",
    "split brain",
    "leader election lost",
    "consumer group rebalancing",
    "long GC pauses",
    "thread pool exhausted",
    "upstream connect error",
    "stale cache entries",
    "duplicate charge events",
    "corrupted index segment",
    "authentication failures",
    "packet loss",
    "clock skew",
    "ImagePullBackOff",
    "max connections reached",
    "slow queries"
  };

  static final String[] ACTIONS = {
    "restarted",
    "rolled back",
    "scaled out",
    "failed over",
    "drained",
    "cordoned",
    "silenced the alert for",
    "throttled",
    "disabled the feature flag on",
    "flushed the cache of",
    "rotated the certificate of",
    "redeployed",
    "paused the consumers of",
    "increased the pool of",
    "rebuilt the index of",
    "blocked traffic to"
  };

  static final String[] CAUSES = {
    "a bad config push",
    "the 14:00 deploy",
    "an expired certificate",
    "a noisy neighbour on the hypervisor",
    "a runaway cron job",
    "the schema migration",
    "a retry storm from mobile clients",
    "a memory leak in the new build",
    "an upstream provider outage",
    "a full disk on the primary",
    "a misrouted BGP announcement",
    "the load balancer health check",
    "a hot partition",
    "a missing index",
    "DNS TTL too long"
  };

  static final String[] TEAMS = {
    "SRE", "payments", "platform", "networking", "database", "security", "mobile", "support", "data"
  };

  static final String[] PEOPLE = {
    "Amira Khalil", "Jonas Berg", "Priya Nair", "Tomás Ortega", "Mei Lin", "Kwame Mensah",
    "Sofia Rossi", "Lukas Novak", "Hana Sato", "Oleksandr Kovalenko", "Fatima Zahra", "Erik Lund",
    "Chloé Martin", "Ravi Iyer", "Nadia Haddad", "Ben Carter", "Ingrid Olsen", "Diego Ramos",
    "Aisha Bello", "Mateusz Wójcik", "Yuki Tanaka", "Sam Okafor", "Lea Fischer", "Omar Farouk",
    "Grace Kim", "Pablo Herrera", "Zoe Adams", "Ivan Petrov", "Noor Hassan", "Elena Popescu",
    "Marcus Reed", "Anika Shah"
  };

  static final String[] ARTIFACTS = {
    "heap dumps", "core files", "WAL segments", "log archives", "container images", "tmp exports"
  };

  static final String[] METRICS = {
    "p99 latency",
    "error rate",
    "CPU",
    "heap",
    "queue depth",
    "throughput",
    "replica lag",
    "connection count",
    "5xx rate",
    "disk usage"
  };

  /** Words an operator would type into the search box: drawn from the lists above. */
  static List<String> searchVocabulary() {
    Set<String> words = new LinkedHashSet<>();
    for (String s : SERVICES) {
      words.add(s);
    }
    for (String s : HOST_ROLES) {
      words.add(s);
    }
    for (String s : REGIONS) {
      words.add(s);
    }
    for (String[] list : new String[][] {ERRORS, ACTIONS, CAUSES, METRICS}) {
      for (String phrase : list) {
        for (String w : phrase.split("[^\\p{L}\\p{N}]+")) {
          if (w.length() >= 3 && !STOP.contains(w.toLowerCase(Locale.ROOT))) {
            words.add(w);
          }
        }
      }
    }
    for (String p : PEOPLE) {
      words.add(p.split(" ")[0]);
    }
    for (String t : TEAMS) {
      words.add(t);
    }
    words.addAll(List.of("rollback", "status", "customers", "hypothesis", "mitigation", "ticket"));
    return new ArrayList<>(words);
  }

  private static final Set<String> STOP =
      Set.of("the", "and", "for", "too", "new", "from", "with", "bad", "long", "full", "out");

  private final Random random;

  IncidentText(Random random) {
    this.random = random;
  }

  String person() {
    return pick(PEOPLE);
  }

  String service() {
    return pick(SERVICES);
  }

  String title() {
    switch (random.nextInt(6)) {
      case 0:
        return "Elevated " + pick(ERRORS) + " on " + service() + " in " + pick(REGIONS);
      case 1:
        return service() + " degraded: " + pick(METRICS) + " above SLO";
      case 2:
        return "Outage of " + service() + " after " + pick(CAUSES);
      case 3:
        return "Partial " + service() + " failures (" + pick(ERRORS) + ")";
      case 4:
        return pick(REGIONS) + " " + pick(HOST_ROLES) + " fleet: " + pick(ERRORS);
      default:
        return "Customers report " + service() + " errors — " + pick(ERRORS);
    }
  }

  /** The kind of a hand-typed entry: mostly notes, then actions, comms and decisions. */
  EntryKind kind() {
    int r = random.nextInt(100);
    if (r < 60) {
      return EntryKind.NOTE;
    }
    if (r < 80) {
      return EntryKind.ACTION;
    }
    if (r < 90) {
      return EntryKind.COMMS;
    }
    return EntryKind.DECISION;
  }

  /** One entry: usually one sentence, sometimes two or three, now and then a log excerpt. */
  String entry(EntryKind kind, String incidentService) {
    int r = random.nextInt(100);
    String first = sentence(kind, incidentService);
    if (r < 65) {
      return first;
    }
    if (r < 90) {
      return first + ". " + sentence(EntryKind.NOTE, incidentService);
    }
    if (r < 96) {
      return first
          + ". "
          + sentence(EntryKind.NOTE, incidentService)
          + ". "
          + sentence(EntryKind.ACTION, incidentService);
    }
    StringBuilder excerpt = new StringBuilder(first).append(":");
    int lines = 2 + random.nextInt(5);
    for (int i = 0; i < lines; i++) {
      excerpt
          .append("\n")
          .append(time())
          .append(" ERROR [")
          .append(incidentService)
          .append("] ")
          .append(pick(ERRORS))
          .append(" host=")
          .append(host())
          .append(" trace=")
          .append(hex(16));
    }
    return excerpt.toString();
  }

  String correction() {
    return "Correction: "
        + sentence(EntryKind.NOTE, service())
        + " (earlier entry had the wrong "
        + pick(new String[] {"host", "time", "region", "version", "ticket"})
        + ")";
  }

  private String sentence(EntryKind kind, String svc) {
    switch (kind) {
      case ACTION:
        return action(svc);
      case DECISION:
        return decision(svc);
      case COMMS:
        return comms(svc);
      default:
        return note(svc);
    }
  }

  private String note(String svc) {
    switch (random.nextInt(9)) {
      case 0:
        return svc + " pods on " + host() + " in " + pick(REGIONS) + " report " + pick(ERRORS);
      case 1:
        return "Seeing "
            + pick(ERRORS)
            + " from "
            + svc
            + " to "
            + service()
            + " since "
            + time()
            + "Z, "
            + metric();
      case 2:
        return "Dashboard shows " + metric() + " on " + host() + "; " + metric();
      case 3:
        return "Hypothesis: " + pick(ERRORS) + " caused by " + pick(CAUSES);
      case 4:
        return "DNS for "
            + svc
            + ".internal resolves to "
            + ip()
            + ", expected "
            + ip()
            + " (TTL "
            + (30 + random.nextInt(3600))
            + " s)";
      case 5:
        return "Disk usage on " + host() + " at " + (80 + random.nextInt(20)) + "%";
      case 6:
        return pick(METRICS) + " back to normal on " + svc + " in " + pick(REGIONS);
      case 7:
        return "Ticket OPS-" + (1000 + random.nextInt(9000)) + " tracks " + pick(ERRORS);
      default:
        return person() + " confirms " + pick(ERRORS) + " on " + host() + ", " + metric();
    }
  }

  private String action(String svc) {
    switch (random.nextInt(5)) {
      case 0:
        return capital(pick(ACTIONS)) + " " + svc + " on " + host() + "; " + metric() + " after";
      case 1:
        return "Rolled back "
            + svc
            + " from "
            + version()
            + " to "
            + version()
            + " (commit "
            + hex(7)
            + ")";
      case 2:
        return "Scaled "
            + svc
            + " from "
            + (2 + random.nextInt(10))
            + " to "
            + (12 + random.nextInt(40))
            + " replicas in "
            + pick(REGIONS);
      case 3:
        return "Cleared "
            + (1 + random.nextInt(400))
            + " GB of old "
            + pick(ARTIFACTS)
            + " on "
            + host();
      default:
        return "Paged "
            + person()
            + " ("
            + pick(TEAMS)
            + ") about "
            + svc
            + ", acknowledged in "
            + (1 + random.nextInt(15))
            + " min";
    }
  }

  private String decision(String svc) {
    switch (random.nextInt(4)) {
      case 0:
        return "Decision: fail over " + host() + " to replica " + host() + " in " + pick(REGIONS);
      case 1:
        return "Decision: freeze deploys of " + svc + " until " + pick(ERRORS) + " is understood";
      case 2:
        return "Decision: accept degraded " + svc + " for " + pick(REGIONS) + " customers";
      default:
        return "Decision: " + pick(ACTIONS) + " " + svc + " rather than wait for " + pick(TEAMS);
    }
  }

  private String comms(String svc) {
    switch (random.nextInt(3)) {
      case 0:
        return "Status page updated: "
            + svc
            + " degraded in "
            + pick(REGIONS)
            + ", next update in "
            + (15 + random.nextInt(4) * 15)
            + " min";
      case 1:
        return "Told customer support: "
            + pick(ERRORS)
            + " affects "
            + (1 + random.nextInt(40))
            + "% of "
            + svc
            + " requests";
      default:
        return "Stakeholder update sent to #inc-" + svc + ": " + pick(CAUSES) + " suspected";
    }
  }

  private String metric() {
    String m = pick(METRICS);
    switch (m) {
      case "p99 latency":
        return m + " " + (80 + random.nextInt(9000)) + " ms";
      case "error rate":
      case "5xx rate":
      case "CPU":
      case "disk usage":
        return m + " " + random.nextInt(100) + "." + random.nextInt(10) + "%";
      case "heap":
        return m + " " + (256 + random.nextInt(16_000)) + " MB";
      case "throughput":
        return m + " " + (100 + random.nextInt(50_000)) + " req/s";
      case "replica lag":
        return m + " " + random.nextInt(900) + " s";
      default:
        return m + " " + random.nextInt(20_000);
    }
  }

  String host() {
    return pick(HOST_ROLES)
        + "-"
        + pick(ENVS)
        + "-"
        + String.format("%02d", 1 + random.nextInt(64));
  }

  private String ip() {
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
  }

  private String version() {
    return "v" + (1 + random.nextInt(4)) + "." + random.nextInt(30) + "." + random.nextInt(20);
  }

  private String time() {
    return String.format(
        "%02d:%02d:%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60));
  }

  private String hex(int digits) {
    StringBuilder s = new StringBuilder(digits);
    for (int i = 0; i < digits; i++) {
      s.append(Character.forDigit(random.nextInt(16), 16));
    }
    return s.toString();
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
