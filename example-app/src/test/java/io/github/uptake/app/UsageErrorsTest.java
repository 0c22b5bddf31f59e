package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The parts of a usage error's line that the command line tests do not reach. */
class UsageErrorsTest {
    @Test
    void editsIsTheFewestInsertionsDeletionsAndReplacements() {
        assertEquals(0, UsageErrors.edits("report", "report"));
        assertEquals(2, UsageErrors.edits("reprot", "report"));
        assertEquals(1, UsageErrors.edits("--dryrun", "--dry-run"));
        assertEquals(6, UsageErrors.edits("", "import"));
        assertEquals(3, UsageErrors.edits("kitten", "sitting"));
    }
}
