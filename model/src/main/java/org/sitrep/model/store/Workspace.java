package org.sitrep.model.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.clock.HybridLogicalClock;
import org.sitrep.model.device.DeviceRepository;
import org.sitrep.model.device.LocalDevice;
import org.sitrep.model.device.OperatorName;
import org.sitrep.model.feed.ChangeFeed;
import org.sitrep.model.feed.ChangeSet;
import org.sitrep.model.feed.Origin;
import org.sitrep.model.redact.Redactor;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One open workspace: a single SQLite file (WAL, foreign keys on, full fsync on commit), migrated
 * by Flyway on open, with this laptop's identity and clock.
 *
 * <p>All access goes through one connection under one lock: a desktop app with one writer gains
 * nothing from a pool, and serialising here keeps the log chain and the outbox sequence simple to
 * reason about. Write transactions start with {@code BEGIN IMMEDIATE}, so a second process (the CLI
 * next to the open app) waits for the write lock instead of reading a stale chain head.
 */
public final class Workspace implements AutoCloseable {

  public static final String FILE_NAME = "sitrep.db";
  private static final String[] SIDE_FILES = {"", "-wal", "-shm", "-journal"};

  // Flyway reports every migration at INFO; the CLI's output must stay clean. Held strongly so
  // the level is not lost when the logger is garbage-collected.
  private static final java.util.logging.Logger FLYWAY_LOG =
      java.util.logging.Logger.getLogger("org.flywaydb");
  private static final java.util.logging.Logger JOOQ_LOG =
      java.util.logging.Logger.getLogger("org.jooq");

  static {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    JOOQ_LOG.setLevel(java.util.logging.Level.WARNING);
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  private final Path file;
  private final Connection connection;
  private final DSLContext dsl;
  private final InstantSource wallClock;
  private final HybridLogicalClock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Redactor redactor = new Redactor();
  private volatile LocalDevice device;
  private java.util.List<Path> narrowed = java.util.List.of();
  private final ChangeFeed feed = new ChangeFeed();
  // SQLite's per-connection counter that moves when another connection commits to the file.
  private long dataVersion;

  private Workspace(Path file, Connection connection, InstantSource wallClock) {
    this.file = file;
    this.connection = connection;
    this.wallClock = wallClock;
    Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
    this.dsl = DSL.using(connection, SQLDialect.SQLITE, settings);
    this.device = DeviceRepository.loadOrCreateLocal(dsl, wallClock.millis());
    this.clock =
        new HybridLogicalClock(
            wallClock, device.id(), DeviceRepository.lastClock(dsl, device.id()));
    this.dataVersion = readDataVersion();
  }

  /** Opens (creating if needed) the workspace file in {@code dataDir}. */
  public static Workspace openIn(Path dataDir) {
    return open(dataDir.resolve(FILE_NAME), InstantSource.system());
  }

  /** Opens the given file with the given wall clock (tests pass one that jumps). */
  public static Workspace open(Path file, InstantSource wallClock) {
    NativeSqlite.prepare();
    java.util.List<Path> narrowed = new java.util.ArrayList<>();
    try {
      Path folder = file.toAbsolutePath().getParent();
      if (PrivateFiles.createDirectory(folder)) {
        narrowed.add(folder);
      }
      // Made 0600 before SQLite sees it: SQLite gives -wal and -shm the database file's mode.
      PrivateFiles.createFile(file);
      narrowAll(narrowed, file);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create the workspace folder " + file.getParent(), e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    // FULL: an entry reported as written survives a power cut, not only a crash.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(10_000);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    // Deleted and rewritten rows are zeroed, not left in free pages: sealing a key that was stored
    // in the clear must not leave the clear copy readable in the file.
    config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      Migrations.bringUpToDate(dataSource, connection);
      Workspace opened = new Workspace(file, connection, wallClock);
      narrowAll(narrowed, file);
      opened.narrowed = java.util.List.copyOf(narrowed);
      return opened;
    } catch (java.io.IOException e) {
      closeQuietly(connection);
      throw new StoreException("cannot make the workspace " + file + " private: " + e, e);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection);
      throw new StoreException("cannot open the workspace " + file + ": " + rootMessage(e), e);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // The open already failed; that is what the operator is told.
    }
  }

  public Path file() {
    return file;
  }

  /** The schema version this build brings a workspace to: a newer file cannot be opened safely. */
  public static int newestSchema() {
    return Migrations.LATEST;
  }

  /**
   * The workspace files and folder that other local users could read and that this open narrowed to
   * owner-only (empty when all were private already): the caller says so once.
   */
  public java.util.List<Path> narrowedOnOpen() {
    return narrowed;
  }

  /** Narrows the database and its SQLite side files (those that exist) to owner-only. */
  private static void narrowAll(java.util.List<Path> narrowed, Path db) throws java.io.IOException {
    for (String suffix : SIDE_FILES) {
      Path p = db.resolveSibling(db.getFileName() + suffix);
      if (PrivateFiles.restrict(p) && !narrowed.contains(p)) {
        narrowed.add(p);
      }
    }
  }

  /** Makes the WAL give its pages back to the database and shrink to nothing. */
  public void checkpoint() {
    read(
        db -> {
          db.fetch("PRAGMA wal_checkpoint(TRUNCATE)");
          return null;
        });
  }

  public LocalDevice device() {
    return device;
  }

  public HybridLogicalClock clock() {
    return clock;
  }

  public InstantSource wallClock() {
    return wallClock;
  }

  /** What masks secrets in everything this workspace stores; the vault teaches it its values. */
  public Redactor redactor() {
    return redactor;
  }

  /** The name written as author: the operator set on this laptop, or refused when none is. */
  public String operator() {
    return device
        .operator()
        .orElseThrow(
            () ->
                new ChangeRefusedException(
                    "no operator name on this laptop yet: pass --as NAME (or set SITREP_USER)"));
  }

  /** Records who sits at this laptop; every later entry carries this name. */
  public void setOperator(String name) {
    String valid = OperatorName.validate(name);
    read(
        db -> {
          DeviceRepository.setOperator(db, device.id(), valid);
          return null;
        });
    device = device.withOperator(valid);
  }

  /** Uses {@code name} as author for this process only, leaving the stored name alone. */
  public void actAs(String name) {
    device = device.withOperator(OperatorName.validate(name));
  }

  /** Runs read-only work (or a single autocommit statement). */
  public <T> T read(Function<DSLContext, T> work) {
    lock.lock();
    try {
      return work.apply(dsl);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs {@code work} in one transaction: everything it writes, including its outbox operations and
   * the persisted clock, commits together or not at all.
   */
  public <T> T write(Function<WriteTx, T> work) {
    ChangeSet committed = null;
    lock.lock();
    try {
      connection.setAutoCommit(false);
      try {
        // Another process on this laptop may have written since we last looked.
        clock.observe(DeviceRepository.lastClock(dsl, device.id()));
        WriteTx tx = new WriteTx(dsl, device, clock, wallClock, redactor);
        T result = work.apply(tx);
        tx.finish();
        connection.commit();
        committed = tx.changes();
        return result;
      } catch (RuntimeException | Error e) {
        rollbackAfter(e);
        if (DiskFull.causedBy(e, file)) {
          throw DiskFull.error(file, e);
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      if (DiskFull.causedBy(e, file)) {
        throw DiskFull.error(file, e);
      }
      throw new StoreException("workspace transaction failed: " + e.getMessage(), e);
    } finally {
      lock.unlock();
      // Off the lock: a watcher may read the store, or hand work to a thread that does.
      if (committed != null && !lock.isHeldByCurrentThread()) {
        feed.publish(committed);
      }
    }
  }

  /** Committed changes, announced after each write, sync and (when checked) other processes. */
  public ChangeFeed changes() {
    return feed;
  }

  /**
   * Asks SQLite whether another process committed to this file since the last look (PRAGMA
   * data_version, one cheap read), and if so tells the feed that anything may have changed. The
   * domain scheduler calls this; nothing in the window polls the store for it.
   *
   * @return whether another process wrote
   */
  public boolean checkOtherProcesses() {
    boolean changed;
    lock.lock();
    try {
      long now = readDataVersion();
      changed = now != dataVersion;
      dataVersion = now;
    } finally {
      lock.unlock();
    }
    if (changed) {
      feed.publish(ChangeSet.everything(Origin.OTHER_PROCESS));
    }
    return changed;
  }

  /** Puts the look for other processes' commits on the domain scheduler, once a second. */
  public org.sitrep.model.feed.Subscription checkOtherProcessesOn(
      org.sitrep.model.schedule.DomainScheduler scheduler) {
    return scheduler.every(
        "other processes", java.time.Duration.ofSeconds(1), now -> checkOtherProcesses());
  }

  private long readDataVersion() {
    try (java.sql.Statement s = connection.createStatement();
        java.sql.ResultSet rs = s.executeQuery("PRAGMA data_version")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new StoreException("cannot read the workspace's data version: " + e.getMessage(), e);
    }
  }

  /**
   * SQLite may have rolled back already (a full disk does): the first error is the one to report.
   */
  private void rollbackAfter(Throwable first) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      first.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the workspace " + file, e);
    } finally {
      lock.unlock();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
