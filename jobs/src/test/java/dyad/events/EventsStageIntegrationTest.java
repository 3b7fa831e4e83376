package dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.SeedRun;
import dyad.SparkTestBase;
import org.junit.jupiter.api.Test;

/** `dyad run` on the seeds: pair_events are the events table's counted rows, aggregated as documented. */
class EventsStageIntegrationTest extends SparkTestBase {
  @Test
  void pairEventsAggregateTheCountedEvents() {
    String events = table(SeedRun.output(), "events");
    String pairs = table(SeedRun.output(), "pair_events");
    assertTrue(duckLong("SELECT count(*) FROM " + events) > 20, "the seeds have coded events");
    // A negated event is counted only as a rejection (12x); per state pair over all time, the counts and sums agree.
    String counted = "SELECT source_state s, target_state t, count(*) n, sum(goldstein) g FROM " + events
        + " WHERE (NOT negated OR cameo LIKE '12%') AND source_state IS NOT NULL AND target_state IS NOT NULL"
        + " AND source_state <> target_state GROUP BY 1, 2";
    assertEquals(0, duckLong("SELECT count(*) FROM (" + counted + ") c FULL JOIN (SELECT * FROM " + pairs
        + " WHERE level = 'state' AND period = 'all') p ON c.s = p.source_actor AND c.t = p.target_actor"
        + " WHERE p.events IS NULL OR c.n IS NULL OR c.n <> p.events OR abs(c.g - p.goldstein_sum) > 1e-9"));
    // Weights have one decimal, so have their sums: 3.4, never 3.4000000000000004.
    assertEquals(0, duckLong("SELECT count(*) FROM " + pairs + " WHERE goldstein_sum <> round(goldstein_sum, 1)"));
    assertEquals(0, duckLong("SELECT count(*) FROM " + pairs + " WHERE ci_low < -10 OR ci_high > 10"
        + " OR ci_low > goldstein_mean OR ci_high < goldstein_mean"));
    assertEquals(0, duckLong("SELECT count(*) FROM " + pairs + " WHERE events <> verbal_cooperation + material_cooperation"
        + " + verbal_conflict + material_conflict"));
  }
}
