package io.github.uptake.word;

import io.github.uptake.testing.RuntimeDependencies;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The runtime dependencies of uptake-adapters-word are the pinned ones (see {@link RuntimeDependencies}). */
class RuntimeDependenciesTest {
    @Test
    void runtimeDependenciesAreThePinnedOnes() throws IOException {
        RuntimeDependencies.assertPinned("uptake-adapters-word");
    }
}
