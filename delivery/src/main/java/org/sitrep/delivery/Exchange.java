package org.sitrep.delivery;

import java.io.IOException;
import java.time.InstantSource;
import org.sitrep.model.delivery.Outcome;

/** Requests for the targets: an answer, or an exception carrying what the failure means. */
final class Exchange {

  /** A failed exchange, already judged: retry or stop. */
  static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Outcome outcome;

    Failed(Outcome outcome) {
      super(outcome.detail().orElse("failed"), null, false, false);
      this.outcome = outcome;
    }
  }

  private final Wire wire;
  private final InstantSource clock;

  Exchange(Wire wire, InstantSource clock) {
    this.wire = wire;
    this.clock = clock;
  }

  InstantSource clock() {
    return clock;
  }

  /** Any answer (a caller that reads 404 as "not there" looks at it itself). */
  Reply send(Call call) throws Failed {
    try {
      return wire.send(call);
    } catch (IOException e) {
      throw new Failed(Replies.unreachable(call, e));
    }
  }

  /** A 2xx answer, or the failure it means. */
  Reply ok(Call call) throws Failed {
    Reply r = send(call);
    if (!r.ok()) {
      throw new Failed(Replies.failed(call, r, clock));
    }
    return r;
  }
}
