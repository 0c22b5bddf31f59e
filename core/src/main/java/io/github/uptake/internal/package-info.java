/** Implementation details shared inside the core; not part of the API and may change. */
package io.github.uptake.internal;
