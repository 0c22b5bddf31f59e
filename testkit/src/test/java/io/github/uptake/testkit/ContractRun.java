package io.github.uptake.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.TreeSet;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * One run of a contract's tests against one store, through the JUnit Platform launcher, and which
 * of its tests failed. Immutable once made.
 *
 * <p>The contract subclasses on broken stores are {@link org.junit.jupiter.api.Disabled} so that a
 * build running test classes by pattern ({@code -Dtest=...}) skips them; this run deactivates that
 * condition, so their tests run here only.
 *
 * @param testsFound  how many tests the run found
 * @param testsSucceeded  how many passed
 * @param failed  the names of the test methods that failed, sorted, not null
 * @param firstFailures  the message of each failure, for the report, not null
 */
record ContractRun(long testsFound, long testsSucceeded, List<String> failed,
                   List<String> firstFailures) {

    /**
     * Runs every test of a contract subclass.
     *
     * @param contractSubclass  a concrete subclass of a contract, not null
     * @return what happened, not null
     */
    static ContractRun of(Class<?> contractSubclass) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(contractSubclass))
                .configurationParameter("junit.jupiter.conditions.deactivate",
                        "org.junit.*DisabledCondition")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        TreeSet<String> failed = new TreeSet<>();
        TreeSet<String> messages = new TreeSet<>();
        for (TestExecutionSummary.Failure f : summary.getFailures()) {
            TestSource source = f.getTestIdentifier().getSource().orElse(null);
            String name = source instanceof MethodSource m ? m.getMethodName()
                    : f.getTestIdentifier().getDisplayName();
            failed.add(name);
            messages.add(name + ": " + f.getException());
        }
        return new ContractRun(summary.getTestsFoundCount(), summary.getTestsSucceededCount(),
                List.copyOf(failed), List.copyOf(messages));
    }

    /**
     * Runs a contract against a broken store and checks that the tests named are among those that
     * fail, printing which failed.
     *
     * @param contractSubclass  a concrete subclass of a contract on a broken store, not null
     * @param catchingTests  the tests that must fail, not empty
     * @throws AssertionError if no test was found or one of those named passed
     */
    static void assertCaught(Class<?> contractSubclass, String... catchingTests) {
        ContractRun run = of(contractSubclass);
        System.out.println(contractSubclass.getSimpleName() + " is caught by " + run.failed());
        assertTrue(run.testsFound() > 0, "the contract's tests were found");
        for (String test : catchingTests) {
            assertTrue(run.failed().contains(test), contractSubclass.getSimpleName() + " must fail "
                    + test + ", but failed only " + run.failed() + "\n"
                    + String.join("\n", run.firstFailures()));
        }
    }
}
