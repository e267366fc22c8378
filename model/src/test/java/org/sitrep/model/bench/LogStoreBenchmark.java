package org.sitrep.model.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.model.store.schema.Tables.LOG_ENTRY;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.ChainReport;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogQuery;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.log.LogSearch;
import org.sitrep.model.log.SearchHit;
import org.sitrep.model.store.Workspace;
import org.sqlite.SQLiteConfig;

/**
 * The log store at a realistic worst case: a workspace of a million entries over a thousand
 * incidents, one of them huge. Runs on demand only ({@code bench} tag):
 *
 * <pre>
 * mvn -B -Pbench -pl model test -Dtest=LogStoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Sizes and paths come from system properties (see {@link Config}). It asserts only sanity (counts,
 * an intact chain); timings are printed and written to {@code target/bench/log-store.md}, never
 * asserted, so a slow machine cannot make the build flaky. See docs/benchmarks.md.
 */
@Tag("bench")
class LogStoreBenchmark {

  private static final String OPERATOR = "Bench Operator";

  /** How much history the generated log spans: a bit over a year. */
  private static final long HISTORY_MILLIS = 400L * 24 * 3600 * 1000;

  /**
   * Everything the run can be told (system properties, {@code -Dbench.x=...} on the mvn command
   * line), with the defaults the report is written for:
   *
   * <ul>
   *   <li>{@code bench.entries} (1,000,000): log entries in the generated workspace, all written by
   *       the app: 3 per incident by service calls (declared, commander, resolved), the rest
   *       through {@code LogRepository.appendAll};
   *   <li>{@code bench.incidents} (1,000), {@code bench.biggest} (50,000 bulk entries in the middle
   *       incident; the others are log-normal around the remainder), {@code bench.concurrent} (4
   *       incidents open at once, entries interleaved), {@code bench.openAtEnd} (4 left open);
   *   <li>{@code bench.batch} (10,000 entries per bulk transaction);
   *   <li>{@code bench.appends} (2,000) after {@code bench.appendWarmup} (200) single appends;
   *   <li>{@code bench.queries} (200) after {@code bench.queryWarmup} (20) searches;
   *   <li>{@code bench.warmTimelines} (10), {@code bench.seed}, {@code bench.raw} (true: the raw
   *       JDBC baseline), {@code bench.verify} (true: the chain verifier);
   *   <li>{@code bench.keep=FOLDER}: write the workspace there and keep it (default: a temporary
   *       folder, deleted); {@code bench.existing=FOLDER}: skip generation and measure the reading
   *       phases on a kept workspace (modified by the appends: use a copy);
   *   <li>{@code bench.out} (target/bench/log-store.md): the report; the queries go next to it.
   * </ul>
   */
  record Config(
      int entries,
      int incidents,
      int biggest,
      int concurrent,
      int openAtEnd,
      int batch,
      int appends,
      int appendWarmup,
      int queries,
      int queryWarmup,
      int warmTimelines,
      long seed,
      boolean raw,
      boolean verify,
      Optional<Path> keep,
      Optional<Path> existing,
      Path out) {

    static Config fromSystemProperties() {
      String keep = System.getProperty("bench.keep", "").strip();
      String existing = System.getProperty("bench.existing", "").strip();
      return new Config(
          intProp("bench.entries", 1_000_000),
          intProp("bench.incidents", 1_000),
          intProp("bench.biggest", 50_000),
          intProp("bench.concurrent", 4),
          intProp("bench.openAtEnd", 4),
          intProp("bench.batch", 10_000),
          intProp("bench.appends", 2_000),
          intProp("bench.appendWarmup", 200),
          intProp("bench.queries", 200),
          intProp("bench.queryWarmup", 20),
          intProp("bench.warmTimelines", 10),
          Long.getLong("bench.seed", 20261121L),
          Boolean.parseBoolean(System.getProperty("bench.raw", "true")),
          Boolean.parseBoolean(System.getProperty("bench.verify", "true")),
          keep.isEmpty() ? Optional.empty() : Optional.of(Path.of(keep).toAbsolutePath()),
          existing.isEmpty() ? Optional.empty() : Optional.of(Path.of(existing).toAbsolutePath()),
          Path.of(System.getProperty("bench.out", "target/bench/log-store.md")));
    }

    /** Entries written by service calls: declaration and commander per incident, resolution. */
    int serviceEntries() {
      return 2 * incidents + Math.max(0, incidents - openAtEnd);
    }

    int bulkEntries() {
      return entries - serviceEntries();
    }

    private static int intProp(String name, int fallback) {
      String v = System.getProperty(name, "").strip().replace("_", "");
      return v.isEmpty() ? fallback : Integer.parseInt(v);
    }
  }

  @Test
  void logStoreAtScale() throws Exception {
    Config cfg = Config.fromSystemProperties();
    assertThat(cfg.bulkEntries() - cfg.biggest())
        .as("entries left for the other incidents")
        .isGreaterThanOrEqualTo(cfg.incidents() - 1);
    Path scratch = Files.createTempDirectory("sitrep-bench-");
    if (cfg.existing().isPresent()) {
      measureExisting(cfg, cfg.existing().get().resolve(Workspace.FILE_NAME), scratch);
      return;
    }
    Path dir = cfg.keep().orElse(scratch.resolve("workspace"));
    Path db = dir.resolve(Workspace.FILE_NAME);
    if (Files.exists(db)) {
      throw new IllegalStateException(
          db
              + " already exists: the benchmark writes a fresh workspace; remove it or pick another"
              + " -Dbench.keep folder");
    }
    Report report = new Report(cfg, db);
    try {
      report.load("start");
      Population pop = populate(cfg, db, scratch.resolve("raw"), report);
      report.load("after population");
      readPaths(cfg, db, pop, report);
      report.load("end");
      report.fileSizes();
    } finally {
      String markdown = report.markdown();
      System.out.println(markdown);
      Files.createDirectories(cfg.out().toAbsolutePath().getParent());
      Files.writeString(cfg.out(), markdown, StandardCharsets.UTF_8);
      System.out.println("report written to " + cfg.out().toAbsolutePath());
      deleteTree(scratch);
    }
  }

  /**
   * {@code -Dbench.existing=FOLDER}: only the reading phases, single appends and the verifier, on a
   * workspace a previous run kept (it is modified: use a copy). Opening it applies any new
   * migration, which is timed: that is how a schema change is tried on a big workspace.
   */
  private static void measureExisting(Config cfg, Path db, Path scratch) throws Exception {
    if (!Files.exists(db)) {
      throw new IllegalStateException("no workspace at " + db);
    }
    Report report = new Report(cfg, db);
    try {
      report.load("start");
      long t0 = System.nanoTime();
      Population pop;
      try (Workspace ws = Workspace.open(db, InstantSource.system())) {
        report.openNanos = System.nanoTime() - t0;
        pop =
            ws.read(
                dsl -> {
                  String[] ids =
                      dsl.fetch("select id from incident order by declared_ms")
                          .getValues(0, String.class)
                          .toArray(new String[0]);
                  var top =
                      dsl.fetchOne(
                          "select incident_id, count(*) from log_entry group by incident_id"
                              + " order by 2 desc limit 1");
                  long total = dsl.fetchOne("select count(*) from log_entry").get(0, Long.class);
                  return new Population(
                      ids, top.get(0, String.class), top.get(1, Integer.class), total);
                });
      }
      report.biggestEntries = pop.biggestCount();
      readPaths(cfg, db, pop, report);
      report.load("end");
      report.fileSizes();
    } finally {
      String markdown = report.markdown();
      System.out.println(markdown);
      Files.createDirectories(cfg.out().toAbsolutePath().getParent());
      Files.writeString(cfg.out(), markdown, StandardCharsets.UTF_8);
      System.out.println("report written to " + cfg.out().toAbsolutePath());
      deleteTree(scratch);
    }
  }

  // ---------------------------------------------------------------- population (app bulk path)

  /** What the reading phases need to know about the workspace. */
  record Population(String[] incidentIds, String biggest, int biggestCount, long total) {}

  private static Population populate(Config cfg, Path db, Path rawDir, Report report)
      throws SQLException, IOException {
    Random random = new Random(cfg.seed());
    IncidentText text = new IncidentText(random);
    Plan plan = Plan.make(cfg, random);
    int n = cfg.incidents();

    // Entries spread over the last ~400 days: the clock steps forward on every reading.
    Instant end = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    long span = HISTORY_MILLIS;
    long readings = 2L * cfg.entries() + 40L * n;
    SteppingClock clock =
        new SteppingClock(end.toEpochMilli() - span, Math.max(1, span / readings));

    String[] ids = new String[n];
    String[] mainService = new String[n];
    String[][] team = new String[n][];
    String[] lastEntry = new String[n];
    long serviceNanos = 0;
    int serviceCalls = 0;
    long bulkNanos = 0;
    List<Double> batchRates = new ArrayList<>();

    long started = System.nanoTime();
    try (Workspace ws = Workspace.open(db, clock);
        RawBaseline raw = cfg.raw() ? new RawBaseline(db, rawDir) : null) {
      ws.setOperator(OPERATOR);
      IncidentService service = new IncidentService(ws);
      int bulk = plan.order.length;
      for (int from = 0; from < bulk; from += cfg.batch()) {
        int to = Math.min(bulk, from + cfg.batch());

        // Incidents whose first entry falls in this batch are declared just before it.
        for (int i = 0; i < n; i++) {
          if (plan.firstPos[i] >= from && plan.firstPos[i] < to) {
            team[i] = team(text, random);
            mainService[i] = text.service();
            long t0 = System.nanoTime();
            ws.actAs(team[i][0]);
            ids[i] = declare(service, cfg, text, random, i == plan.biggest, mainService[i]);
            service.assignRole(ids[i], Role.COMMANDER, team[i][0]);
            serviceNanos += System.nanoTime() - t0;
            serviceCalls += 2;
          }
        }

        List<Draft> drafts = new ArrayList<>(to - from);
        int[] incidentOf = new int[to - from];
        for (int p = from; p < to; p++) {
          int i = plan.order[p];
          incidentOf[p - from] = i;
          String author = team[i][random.nextInt(team[i].length)];
          if (lastEntry[i] != null && random.nextInt(200) == 0) {
            drafts.add(
                new Draft(
                    ids[i],
                    EventCode.ENTRY_CORRECTED,
                    text.correction(),
                    author,
                    Optional.of(lastEntry[i])));
          } else {
            EntryKind kind = text.kind();
            drafts.add(
                new Draft(
                    ids[i], EventCode.typedAs(kind), text.entry(kind, mainService[i]), author));
          }
        }

        long t0 = System.nanoTime();
        List<LogEntry> written = ws.write(tx -> LogRepository.appendAll(tx, drafts));
        long dt = System.nanoTime() - t0;
        bulkNanos += dt;
        batchRates.add(drafts.size() / (dt / 1e9));
        for (int k = 0; k < written.size(); k++) {
          lastEntry[incidentOf[k]] = written.get(k).id();
        }

        for (int i = 0; i < n; i++) {
          if (plan.lastPos[i] >= from && plan.lastPos[i] < to && i < n - cfg.openAtEnd()) {
            long s0 = System.nanoTime();
            ws.actAs(team[i][0]);
            service.changeStatus(ids[i], IncidentStatus.RESOLVED);
            serviceNanos += System.nanoTime() - s0;
            serviceCalls++;
          }
        }
        if (raw != null) {
          raw.catchUp();
        }
        if ((from / cfg.batch()) % 10 == 9 || to == bulk) {
          System.out.printf(
              Locale.ROOT,
              "populate: %,d / %,d bulk entries, last batch %,.0f entries/s%n",
              to,
              bulk,
              batchRates.get(batchRates.size() - 1));
        }
      }
      long total = ws.read(dsl -> (long) dsl.fetchCount(LOG_ENTRY));
      assertThat(total).as("entries in the workspace").isEqualTo(cfg.entries());
      if (raw != null) {
        raw.catchUp();
        assertThat(raw.rows).as("rows copied by the raw baseline").isEqualTo(cfg.entries());
        report.raw(raw.rows, raw.nanos);
      }
    }
    deleteTree(rawDir);
    long wall = System.nanoTime() - started;
    report.bulk(plan.order.length, bulkNanos, batchRates, serviceCalls, serviceNanos, wall);
    int biggestTimeline =
        plan.counts[plan.biggest] + 2 + (plan.biggest < n - cfg.openAtEnd() ? 1 : 0);
    report.biggestEntries = biggestTimeline;
    return new Population(ids, ids[plan.biggest], biggestTimeline, cfg.entries());
  }

  private static String declare(
      IncidentService service,
      Config cfg,
      IncidentText text,
      Random random,
      boolean biggest,
      String mainService) {
    if (biggest) {
      return service
          .declare(
              new NewIncident(
                  "Multi-region payments outage: checkout failing in eu-west-1 and us-east-1",
                  Severity.SEV1,
                  IncidentKind.REAL,
                  List.of(mainService, "payments-api", "checkout", "ledger"),
                  "Card payments fail for most customers; all hands."))
          .id();
    }
    int sev = random.nextInt(10);
    Severity severity =
        sev == 0
            ? Severity.SEV1
            : sev < 3 ? Severity.SEV2 : sev < 7 ? Severity.SEV3 : Severity.SEV4;
    List<String> services = new ArrayList<>(List.of(mainService));
    for (int k = random.nextInt(3); k > 0; k--) {
      String s = text.service();
      if (!services.contains(s)) {
        services.add(s);
      }
    }
    return service
        .declare(
            new NewIncident(
                text.title(),
                severity,
                random.nextInt(20) == 0 ? IncidentKind.DRILL : IncidentKind.REAL,
                services,
                random.nextBoolean() ? "" : "Opened from alert " + text.host()))
        .id();
  }

  private static String[] team(IncidentText text, Random random) {
    int size = 3 + random.nextInt(6);
    List<String> people = new ArrayList<>();
    while (people.size() < size) {
      String p = text.person();
      if (!people.contains(p)) {
        people.add(p);
      }
    }
    return people.toArray(new String[0]);
  }

  /**
   * Which incident each bulk entry belongs to. Incidents run a few at a time ({@code concurrent}
   * open at once, entries interleaved at random), one after the other; sizes are log-normal, and
   * one incident in the middle of the history is {@code biggest} entries long.
   */
  static final class Plan {
    int[] counts;
    int[] order;
    int[] firstPos;
    int[] lastPos;
    int biggest;

    static Plan make(Config cfg, Random random) {
      Plan plan = new Plan();
      int n = cfg.incidents();
      plan.biggest = n / 2;
      plan.counts = new int[n];
      int others = cfg.bulkEntries() - cfg.biggest();
      double[] weight = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        if (i != plan.biggest) {
          weight[i] = Math.exp(0.8 * random.nextGaussian());
          sum += weight[i];
        }
      }
      int assigned = 0;
      for (int i = 0; i < n; i++) {
        if (i != plan.biggest) {
          plan.counts[i] = 1 + (int) Math.floor((others - (n - 1)) * weight[i] / sum);
          assigned += plan.counts[i];
        }
      }
      for (int k = 0; assigned < others; k = (k + 1) % n) {
        if (k != plan.biggest) {
          plan.counts[k]++;
          assigned++;
        }
      }
      plan.counts[plan.biggest] = cfg.biggest();

      int bulk = cfg.bulkEntries();
      plan.order = new int[bulk];
      plan.firstPos = new int[n];
      plan.lastPos = new int[n];
      Arrays.fill(plan.firstPos, -1);
      int[] remaining = plan.counts.clone();
      int[] slots = new int[Math.max(1, cfg.concurrent())];
      int active = 0;
      int next = 0;
      while (active < slots.length && next < n) {
        slots[active++] = next++;
      }
      for (int p = 0; p < bulk; p++) {
        int s = random.nextInt(active);
        int i = slots[s];
        plan.order[p] = i;
        if (plan.firstPos[i] < 0) {
          plan.firstPos[i] = p;
        }
        plan.lastPos[i] = p;
        if (--remaining[i] == 0) {
          if (next < n) {
            slots[s] = next++;
          } else {
            slots[s] = slots[--active];
          }
        }
      }
      return plan;
    }
  }

  /** A wall clock that moves forward a fixed step on every reading: a year of history. */
  static final class SteppingClock implements InstantSource {
    private long millis;
    private final long step;

    SteppingClock(long startMillis, long step) {
      this.millis = startMillis;
      this.step = step;
    }

    @Override
    public synchronized long millis() {
      millis += step;
      return millis;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis());
    }
  }

  // ---------------------------------------------------------------- raw JDBC baseline

  private static final String INSERT_LOG =
      "INSERT INTO log_entry (id, incident_id, hlc, wall_ms, device_id, device_seq, author,"
          + " author_role, kind, event, text, corrects, prev_hash, hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_OUTBOX =
      "INSERT INTO outbox (device_id, seq, hlc, entity, entity_id, field, value)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String READ_SOURCE =
      "SELECT l.row_no, l.id, l.incident_id, l.hlc, l.wall_ms, l.device_id, l.device_seq,"
          + " l.author, l.author_role, l.kind, l.event, l.text, l.corrects, l.prev_hash, l.hash,"
          + " o.device_id, o.seq, o.hlc, o.entity, o.entity_id, o.field, o.value"
          // CROSS JOIN keeps log_entry as the outer loop: otherwise SQLite walks every outbox row
          // of the index and sorts, once per chunk.
          + " FROM log_entry l CROSS JOIN outbox o ON o.entity = 'log_entry' AND o.entity_id = l.id"
          + " WHERE l.row_no > ? ORDER BY l.row_no LIMIT ?";

  /**
   * The floor: the very rows the app wrote (log entries and their outbox rows, byte for byte),
   * inserted with plain JDBC batches into a second file with the same schema, triggers, full-text
   * index and connection settings. It runs interleaved with the app: after each app transaction the
   * rows it added are copied in one transaction of the same size, so both files grow alike and both
   * sides see the same load on the machine. Reading the rows back from the app's file is not timed;
   * only BEGIN IMMEDIATE .. two executeBatch .. COMMIT is.
   */
  static final class RawBaseline implements AutoCloseable {
    private final Path appDb;
    private final Connection raw;
    private final Connection src;
    private final PreparedStatement read;
    private long lastRowNo;
    long rows;
    long nanos;

    RawBaseline(Path appDb, Path rawDir) throws SQLException {
      this.appDb = appDb;
      Path rawDb = rawDir.resolve(Workspace.FILE_NAME);
      // Flyway lays out the same schema; nothing else is written.
      Workspace.open(rawDb, InstantSource.system()).close();
      this.raw = connect(rawDb, false);
      this.src = connect(appDb, true);
      this.read = src.prepareStatement(READ_SOURCE);
    }

    /** Copies everything the app wrote since the last call, as one timed transaction. */
    void catchUp() throws SQLException {
      try (Statement st = raw.createStatement()) {
        // Foreign keys: the incidents first, untimed.
        st.execute("ATTACH DATABASE '" + appDb.toString().replace("'", "''") + "' AS src");
        st.execute("INSERT OR IGNORE INTO incident SELECT * FROM src.incident");
        st.execute("DETACH DATABASE src");
      }
      read.setLong(1, lastRowNo);
      read.setInt(2, Integer.MAX_VALUE);
      List<Object[]> chunk = new ArrayList<>();
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          Object[] row = new Object[22];
          for (int c = 0; c < 22; c++) {
            row[c] = rs.getObject(c + 1);
          }
          chunk.add(row);
        }
      }
      if (chunk.isEmpty()) {
        return;
      }
      lastRowNo = ((Number) chunk.get(chunk.size() - 1)[0]).longValue();
      long t0 = System.nanoTime();
      raw.setAutoCommit(false);
      try (PreparedStatement log = raw.prepareStatement(INSERT_LOG);
          PreparedStatement outbox = raw.prepareStatement(INSERT_OUTBOX)) {
        for (Object[] row : chunk) {
          for (int c = 1; c <= 14; c++) {
            bind(log, c, row[c]);
          }
          log.addBatch();
        }
        log.executeBatch();
        for (Object[] row : chunk) {
          for (int c = 15; c <= 21; c++) {
            bind(outbox, c - 14, row[c]);
          }
          outbox.addBatch();
        }
        outbox.executeBatch();
        raw.commit();
      } catch (SQLException | RuntimeException e) {
        raw.rollback();
        throw e;
      } finally {
        raw.setAutoCommit(true);
      }
      nanos += System.nanoTime() - t0;
      rows += chunk.size();
    }

    @Override
    public void close() throws SQLException {
      try {
        read.close();
        src.close();
      } finally {
        raw.close();
      }
    }
  }

  private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else if (value instanceof Number) {
      ps.setLong(index, ((Number) value).longValue());
    } else {
      ps.setString(index, (String) value);
    }
  }

  /** A connection configured exactly like {@link Workspace#open}'s. */
  private static Connection connect(Path file, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(10_000);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.setReadOnly(readOnly);
    return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
  }

  // ---------------------------------------------------------------- timeline, search, appends

  private static void readPaths(Config cfg, Path db, Population pop, Report report) {
    String biggest = pop.biggest();
    int expectedTimeline = pop.biggestCount();

    // Cold: the SQLite page cache is empty (fresh connection) and, where dd can do it, the
    // kernel was asked to drop the file's cached pages first.
    report.osCacheDropped = dropOsCache(db);
    try (Workspace ws = Workspace.open(db, InstantSource.system())) {
      long t0 = System.nanoTime();
      List<LogEntry> timeline = ws.read(dsl -> LogRepository.timeline(dsl, biggest));
      report.timelineCold = System.nanoTime() - t0;
      assertThat(timeline).hasSize(expectedTimeline);
    }
    try (Workspace ws = Workspace.open(db, InstantSource.system())) {
      long t0 = System.nanoTime();
      List<LogEntry> timeline = ws.read(dsl -> LogRepository.timeline(dsl, biggest));
      report.timelineReopened = System.nanoTime() - t0;
      assertThat(timeline).hasSize(expectedTimeline);
      long[] warm = new long[cfg.warmTimelines()];
      for (int k = 0; k < warm.length; k++) {
        long s = System.nanoTime();
        ws.read(dsl -> LogRepository.timeline(dsl, biggest));
        warm[k] = System.nanoTime() - s;
      }
      report.timelineWarm = warm;
      report.timelineSize = timeline.size();

      search(cfg, ws, report);
      appends(cfg, ws, pop, report);

      if (cfg.verify()) {
        long v0 = System.nanoTime();
        ChainReport chain = ws.read(ChainVerifier::verify);
        report.verifyNanos = System.nanoTime() - v0;
        assertThat(chain.intact()).as("chain intact: %s", chain.breaks()).isTrue();
        assertThat(chain.entriesChecked()).isEqualTo(report.finalEntries);
      }
      report.sqliteVersion =
          ws.read(dsl -> dsl.fetchOne("select sqlite_version()").get(0, String.class));
    }
  }

  private static void search(Config cfg, Workspace ws, Report report) {
    Random random = new Random(cfg.seed() + 1);
    List<String> vocabulary = IncidentText.searchVocabulary();
    List<String> queries = new ArrayList<>();
    for (int k = 0; k < cfg.queryWarmup() + cfg.queries(); k++) {
      int words = 1 + random.nextInt(3);
      List<String> q = new ArrayList<>();
      for (int w = 0; w < words; w++) {
        q.add(vocabulary.get(random.nextInt(vocabulary.size())));
      }
      queries.add(String.join(" ", q));
    }
    for (String q : queries.subList(0, cfg.queryWarmup())) {
      ws.read(dsl -> LogSearch.search(dsl, LogQuery.words(q)));
    }
    List<QueryTiming> timings = new ArrayList<>();
    for (String q : queries.subList(cfg.queryWarmup(), queries.size())) {
      long t0 = System.nanoTime();
      List<SearchHit> hits = ws.read(dsl -> LogSearch.search(dsl, LogQuery.words(q)));
      long dt = System.nanoTime() - t0;
      timings.add(new QueryTiming(q, dt, hits.size()));
    }
    // How many entries each query matched (untimed): explains the slow ones.
    for (int k = 0; k < timings.size(); k++) {
      QueryTiming t = timings.get(k);
      String match = matchExpression(t.query);
      int matched =
          ws.read(
              dsl ->
                  dsl.fetchOne(
                          "select count(*) from log_entry_fts where log_entry_fts match ?", match)
                      .get(0, Integer.class));
      timings.set(k, t.withMatched(matched));
    }
    writeQueries(cfg, timings);
    long withHits = timings.stream().filter(t -> t.hits > 0).count();
    assertThat(withHits).as("queries with at least one hit").isGreaterThan(0);
    report.searches = timings;
  }

  /** Every measured query next to the report, for replaying them against a changed query. */
  private static void writeQueries(Config cfg, List<QueryTiming> timings) {
    StringBuilder csv = new StringBuilder("query,match,ms,matched,returned\n");
    for (QueryTiming t : timings) {
      csv.append(
          String.format(
              Locale.ROOT,
              "\"%s\",\"%s\",%.3f,%d,%d%n",
              t.query,
              matchExpression(t.query).replace("\"", "\"\""),
              t.nanos / 1e6,
              t.matched,
              t.hits));
    }
    Path file =
        cfg.out()
            .resolveSibling(
                cfg.out().getFileName().toString().replaceFirst("\\.md$", "") + "-queries.csv");
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void appends(Config cfg, Workspace ws, Population pop, Report report) {
    Random random = new Random(cfg.seed() + 2);
    IncidentText text = new IncidentText(random);
    IncidentService service = new IncidentService(ws);
    ws.setOperator(OPERATOR);
    int total = cfg.appendWarmup() + cfg.appends();
    String[] incident = new String[total];
    EntryKind[] kind = new EntryKind[total];
    String[] body = new String[total];
    for (int k = 0; k < total; k++) {
      incident[k] = pop.incidentIds()[random.nextInt(pop.incidentIds().length)];
      kind[k] = text.kind();
      body[k] = text.entry(kind[k], text.service());
    }
    long[] latency = new long[cfg.appends()];
    for (int k = 0; k < total; k++) {
      long t0 = System.nanoTime();
      service.addEntry(incident[k], kind[k], body[k]);
      long dt = System.nanoTime() - t0;
      if (k >= cfg.appendWarmup()) {
        latency[k - cfg.appendWarmup()] = dt;
      }
    }
    report.appendLatency = latency;
    report.finalEntries = pop.total() + total;
    long count = ws.read(dsl -> (long) dsl.fetchCount(LOG_ENTRY));
    assertThat(count).isEqualTo(report.finalEntries);
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  /** The same expression LogSearch builds: each word quoted and prefix-matched. */
  static String matchExpression(String words) {
    List<String> terms = new ArrayList<>();
    Matcher m = WORD.matcher(words);
    while (m.find()) {
      terms.add("\"" + m.group() + "\"*");
    }
    return String.join(" ", terms);
  }

  static final class QueryTiming {
    final String query;
    final long nanos;
    final int hits;
    final int matched;

    QueryTiming(String query, long nanos, int hits) {
      this(query, nanos, hits, -1);
    }

    private QueryTiming(String query, long nanos, int hits, int matched) {
      this.query = query;
      this.nanos = nanos;
      this.hits = hits;
      this.matched = matched;
    }

    QueryTiming withMatched(int m) {
      return new QueryTiming(query, nanos, hits, m);
    }
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Asks the kernel to forget the file's cached pages (GNU dd); false where that is not possible.
   */
  private static boolean dropOsCache(Path file) {
    try {
      Process p =
          new ProcessBuilder("dd", "if=" + file, "iflag=nocache", "count=0", "status=none")
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Nearest-rank percentile of an already sorted array: the smallest value with at least {@code p}
   * percent of the samples at or below it.
   */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  // ---------------------------------------------------------------- the report

  static final class Report {
    final Config cfg;
    final Path db;
    long bulkEntries;
    long bulkNanos;
    List<Double> batchRates = List.of();
    int serviceCalls;
    long serviceNanos;
    long populateWall;
    long rawRows;
    long rawNanos;
    int biggestEntries;
    long openNanos = -1;
    boolean osCacheDropped;
    long timelineCold = -1;
    long timelineReopened = -1;
    long[] timelineWarm = new long[0];
    int timelineSize;
    List<QueryTiming> searches = List.of();
    long[] appendLatency = new long[0];
    long verifyNanos = -1;
    long finalEntries;
    long dbBytes = -1;
    long walBytes;
    List<String> objectSizes = List.of();
    String sqliteVersion = "?";
    final List<String> loads = new ArrayList<>();

    Report(Config cfg, Path db) {
      this.cfg = cfg;
      this.db = db;
    }

    void bulk(
        long entries, long nanos, List<Double> rates, int calls, long callNanos, long wallNanos) {
      bulkEntries = entries;
      bulkNanos = nanos;
      batchRates = rates;
      serviceCalls = calls;
      serviceNanos = callNanos;
      populateWall = wallNanos;
    }

    /** The 1-minute load average: other work on the machine skews every figure. */
    void load(String when) {
      try {
        String avg = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        loads.add(when + " " + avg);
      } catch (IOException | RuntimeException e) {
        loads.add(when + " ?");
      }
    }

    void raw(long rows, long nanos) {
      rawRows = rows;
      rawNanos = nanos;
    }

    void fileSizes() throws IOException, SQLException {
      dbBytes = Files.size(db);
      Path wal = db.resolveSibling(db.getFileName() + "-wal");
      walBytes = Files.exists(wal) ? Files.size(wal) : 0;
      List<String> sizes = new ArrayList<>();
      try (Connection c = connect(db, true);
          Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC"
                      + " LIMIT 12")) {
        while (rs.next()) {
          sizes.add(String.format(Locale.ROOT, "%s %s", rs.getString(1), mb(rs.getLong(2))));
        }
      } catch (SQLException e) {
        sizes.add("(dbstat not available: " + e.getMessage() + ")");
      }
      objectSizes = sizes;
    }

    double appRate() {
      return bulkEntries / (bulkNanos / 1e9);
    }

    double rawRate() {
      return rawRows / (rawNanos / 1e9);
    }

    String markdown() {
      StringBuilder md = new StringBuilder();
      md.append("# Sitrep log store benchmark\n\n");
      md.append(
          String.format(
              Locale.ROOT,
              "Run %s · %,d entries over %,d incidents (biggest: %,d entries, %d open at once)"
                  + " · batch %,d · seed %d%s%n",
              Instant.now().truncatedTo(ChronoUnit.SECONDS),
              cfg.existing().isPresent()
                  ? finalEntries - appendLatency.length - cfg.appendWarmup()
                  : cfg.entries(),
              cfg.incidents(),
              biggestEntries,
              cfg.concurrent(),
              cfg.batch(),
              cfg.seed(),
              cfg.existing().map(p -> " · existing workspace " + p).orElse("")));
      md.append(
          String.format(
              Locale.ROOT,
              "Java %s (%s) · %s %s · %d CPUs · max heap %,d MB · SQLite %s%n%n",
              System.getProperty("java.version"),
              System.getProperty("java.vm.name"),
              System.getProperty("os.name"),
              System.getProperty("os.arch"),
              Runtime.getRuntime().availableProcessors(),
              Runtime.getRuntime().maxMemory() >> 20,
              sqliteVersion));
      md.append("| Measure | Figure | Target | Verdict |\n|---|---|---|---|\n");
      if (openNanos >= 0) {
        row(md, "Open the existing workspace (incl. pending migrations)", ms(openNanos), "", "");
      }
      long[] a = appendLatency.clone();
      Arrays.sort(a);
      row(md, "Single durable append (`addEntry`), p50", ms(percentile(a, 50)), "", "");
      row(md, "Single durable append (`addEntry`), p99", ms(percentile(a, 99)), "", "");
      row(
          md,
          "Single durable append, mean / max",
          ms(a.length == 0 ? 0 : Arrays.stream(a).sum() / a.length)
              + " / "
              + ms(a.length == 0 ? 0 : a[a.length - 1]),
          "",
          "");
      if (bulkNanos > 0) {
        row(md, "Bulk append, app (`appendAll`)", rate(appRate()), "", "");
      }
      if (rawNanos > 0) {
        row(md, "Bulk insert, raw JDBC batch (same rows)", rate(rawRate()), "", "");
        double ratio = appRate() / rawRate();
        row(
            md,
            "Bulk ratio app / raw",
            String.format(Locale.ROOT, "%.2f", ratio),
            "≥ 0.70",
            ratio >= 0.7 ? "met" : "missed");
      }
      long[] s = searches.stream().mapToLong(t -> t.nanos).sorted().toArray();
      row(md, "Full-text search (`LogSearch`, limit 50), p50", ms(percentile(s, 50)), "", "");
      row(
          md,
          "Full-text search, p95",
          ms(percentile(s, 95)),
          "≤ 30 ms",
          s.length == 0 ? "" : percentile(s, 95) <= 30_000_000L ? "met" : "missed");
      row(md, "Full-text search, p99 / max", ms(percentile(s, 99)) + " / " + ms(last(s)), "", "");
      String cold = osCacheDropped ? "cold (OS cache dropped)" : "cold (OS cache NOT dropped)";
      row(
          md,
          String.format(Locale.ROOT, "Biggest timeline (%,d entries), %s", timelineSize, cold),
          ms(timelineCold),
          "",
          "");
      row(md, "Biggest timeline, first call after reopening", ms(timelineReopened), "", "");
      long[] w = timelineWarm.clone();
      Arrays.sort(w);
      row(md, "Biggest timeline, warm (median)", ms(percentile(w, 50)), "", "");
      if (verifyNanos >= 0) {
        row(
            md,
            String.format(Locale.ROOT, "`ChainVerifier.verify` over %,d entries", finalEntries),
            String.format(Locale.ROOT, "%.1f s", verifyNanos / 1e9),
            "",
            "");
      }
      row(
          md,
          "Database file",
          mb(dbBytes) + (walBytes > 0 ? " + WAL " + mb(walBytes) : ""),
          "",
          "");
      md.append("\n");

      md.append("## Details\n\n");
      md.append(
          bulkNanos <= 0
              ? ""
              : String.format(
                  Locale.ROOT,
                  "- Population: %,d bulk entries in %d transactions of ≤ %,d, %.1f s inside"
                      + " `workspace.write`; plus %,d service transactions (declare, commander,"
                      + " resolve) in %.1f s; %.1f s wall including text generation.%n",
                  bulkEntries,
                  batchRates.size(),
                  cfg.batch(),
                  bulkNanos / 1e9,
                  serviceCalls,
                  serviceNanos / 1e9,
                  populateWall / 1e9));
      if (!batchRates.isEmpty()) {
        int tenth = Math.max(1, batchRates.size() / 10);
        md.append(
            String.format(
                Locale.ROOT,
                "- App bulk rate per batch: first 10%% of batches %s, last 10%% %s, slowest batch %s.%n",
                rate(mean(batchRates.subList(0, tenth))),
                rate(mean(batchRates.subList(batchRates.size() - tenth, batchRates.size()))),
                rate(batchRates.stream().mapToDouble(Double::doubleValue).min().orElse(0))));
      }
      if (rawNanos > 0) {
        md.append(
            String.format(
                Locale.ROOT,
                "- Raw baseline: %,d rows (log_entry + its outbox row each) in %.1f s.%n",
                rawRows,
                rawNanos / 1e9));
      }
      md.append(
          String.format(
              Locale.ROOT,
              "- Single appends: %,d measured after %,d warm-up, each `IncidentService.addEntry`"
                  + " on a random incident (own transaction, synchronous=FULL).%n",
              appendLatency.length,
              cfg.appendWarmup()));
      long zero = searches.stream().filter(t -> t.hits == 0).count();
      md.append(
          String.format(
              Locale.ROOT,
              "- Search: %d queries of 1–3 vocabulary words after %d warm-up; %d returned no hit."
                  + " p50/p95 by number of words: %s.%n",
              searches.size(),
              cfg.queryWarmup(),
              zero,
              byWords()));
      md.append("- Slowest queries (time, entries matched, hits returned):\n");
      searches.stream()
          .sorted(Comparator.comparingLong((QueryTiming t) -> t.nanos).reversed())
          .limit(10)
          .forEach(
              t ->
                  md.append(
                      String.format(
                          Locale.ROOT,
                          "  - `%s`: %s, %,d matched, %d returned%n",
                          t.query,
                          ms(t.nanos),
                          t.matched,
                          t.hits)));
      md.append("- Timeline, warm calls (ms): ");
      for (long x : timelineWarm) {
        md.append(String.format(Locale.ROOT, "%.1f ", x / 1e6));
      }
      md.append("\n");
      md.append("- Largest objects in the file (dbstat): ")
          .append(String.join(", ", objectSizes))
          .append("\n");
      md.append("- Load average (1 min) on this ")
          .append(Runtime.getRuntime().availableProcessors())
          .append("-CPU machine: ")
          .append(String.join(", ", loads))
          .append(".\n");
      md.append("- Workspace: ")
          .append(
              cfg.existing().isPresent()
                  ? db + " (existing, modified by the appends)"
                  : cfg.keep().isPresent() ? db + " (kept)" : "temporary, deleted")
          .append(String.format(Locale.ROOT, ", %,d entries at the end.%n", finalEntries));
      return md.toString();
    }

    private String byWords() {
      List<String> parts = new ArrayList<>();
      for (int w = 1; w <= 3; w++) {
        int words = w;
        long[] s =
            searches.stream()
                .filter(t -> matchExpression(t.query).split(" ").length == words)
                .mapToLong(t -> t.nanos)
                .sorted()
                .toArray();
        if (s.length > 0) {
          parts.add(
              String.format(
                  Locale.ROOT,
                  "%d term(s) ×%d %s/%s",
                  words,
                  s.length,
                  ms(percentile(s, 50)),
                  ms(percentile(s, 95))));
        }
      }
      long[] more =
          searches.stream()
              .filter(t -> matchExpression(t.query).split(" ").length > 3)
              .mapToLong(t -> t.nanos)
              .sorted()
              .toArray();
      if (more.length > 0) {
        parts.add(
            String.format(
                Locale.ROOT,
                ">3 terms ×%d %s/%s",
                more.length,
                ms(percentile(more, 50)),
                ms(percentile(more, 95))));
      }
      return String.join("; ", parts);
    }

    private static double mean(List<Double> xs) {
      return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static long last(long[] sorted) {
      return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    private static void row(StringBuilder md, String measure, String figure, String t, String v) {
      md.append("| ")
          .append(measure)
          .append(" | ")
          .append(figure)
          .append(" | ")
          .append(t)
          .append(" | ")
          .append(v)
          .append(" |\n");
    }

    private static String ms(long nanos) {
      if (nanos < 0) {
        return "n/a";
      }
      return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    private static String rate(double perSecond) {
      return String.format(Locale.ROOT, "%,.0f entries/s", perSecond);
    }

    private static String mb(long bytes) {
      if (bytes < 0) {
        return "n/a";
      }
      return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }
  }
}
