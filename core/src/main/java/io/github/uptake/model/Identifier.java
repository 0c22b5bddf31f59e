package io.github.uptake.model;

import io.github.uptake.internal.Checks;

/**
 * A lower-case identifier naming a member of an open set, such as a {@link Segment} or a
 * {@link UnitKind}: a province may define its own members beside the predefined constants.
 *
 * <p>Two identifiers are equal when they are of the same class and have the same text.
 * Subclasses are immutable and thread-safe.
 *
 * @param <T>  the subclass
 * @since 0.1.0
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {
    private final String id;

    /**
     * Checks and keeps the text.
     *
     * @param id  a letter, then letters, digits, '_' or '-', 63 characters at most
     * @param what  what the identifier names, for the message
     */
    Identifier(String id, String what) {
        this.id = Checks.identifier(id, what);
    }

    /**
     * Returns the text that names the member, as written in files and stores.
     *
     * @return the identifier text, e.g. {@code residents}, never null or empty
     */
    public final String id() {
        return id;
    }

    @Override
    public final int compareTo(T other) {
        return id.compareTo(other.id());
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((Identifier<?>) o).id.equals(id);
    }

    @Override
    public final int hashCode() {
        return id.hashCode();
    }

    /**
     * Returns the text; the subclass's {@code of(String)} parses it back.
     *
     * @return the identifier text, same as {@link #id()}, never null
     */
    @Override
    public final String toString() {
        return id;
    }
}
