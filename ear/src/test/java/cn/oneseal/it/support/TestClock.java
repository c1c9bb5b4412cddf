package cn.oneseal.it.support;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;

/**
 * The test server's controllable clock (`PUT /api/system/clock`, the administrator's): set it to a
 * moment, and back to the real time after each test that moved it.
 */
public final class TestClock {

  private static final Api ADMIN = Api.as("admin");

  private TestClock() {}

  /** The server's clock at {@code isoDateTime} (ISO 8601 with offset), running from there. */
  public static void at(String isoDateTime) {
    assertStatus(ADMIN.put("/api/system/clock", Api.json(Api.object("now", isoDateTime))), 200);
  }

  /** The server's clock back to the real time. */
  public static void reset() {
    assertStatus(ADMIN.put("/api/system/clock", "{}"), 200);
  }
}
