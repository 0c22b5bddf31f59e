package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.demo.LongAnDemo;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard on a database whose territorial hierarchy has one version and no crosswalk, as a
 * province starts: there is nothing to re-base onto, and the pages say so instead of failing.
 */
class DashboardOneVersionTest {
    private static Dashboard dashboard;
    private static String base;

    @BeforeAll
    static void start() {
        dashboard = new Dashboard(DemoDatabases.oneVersion("dashboard-one-version-test"),
                TestAccounts.demo(), LongAnDemo.DAY);
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        dashboard.stop();
    }

    @Test
    void aRebasedViewOfTheOnlyVersionIsA404PageNotAFault() throws Exception {
        WebClient c = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
        HttpResponse<String> unit = c.get("/units/80?date=2020-08-20");
        assertEquals(200, unit.statusCode());
        assertFalse(unit.body().contains("id=\"views\""), "no other view to switch to");
        for (String code : List.of("80", "794", "27694")) {
            for (String onto : List.of("2025-07-01", "2020-08-20", "2019-01-01")) {
                HttpResponse<String> r = c.get("/units/" + code + "/rebased?date=2020-08-20&onto="
                        + onto);
                assertEquals(404, r.statusCode(), code + " onto " + onto + ": " + r.body());
                assertTrue(r.body().contains("Không thể tính lại theo địa giới hiệu lực ngày"),
                        r.body());
            }
        }
        HttpResponse<String> english = c.get("/units/80/rebased?date=2020-08-20&onto=2025-07-01"
                + "&lang=en");
        assertEquals(404, english.statusCode());
        assertTrue(english.body().contains("The figures cannot be re-based onto the units valid"
                + " on "), english.body());
    }
}
