/** Jackson support for the core's values, registered as a module on an {@code ObjectMapper}. */
package io.github.uptake.json;
