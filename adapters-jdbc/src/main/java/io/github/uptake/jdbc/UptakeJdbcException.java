package io.github.uptake.jdbc;

import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * The one unchecked exception of the JDBC adapter: a database or migration error, with what the
 * adapter was doing, the SQL state the database gave (when there is one) and the original exception
 * as its cause, so nothing the database or Flyway said is lost.
 *
 * <p>Instances are not shared between threads by the adapter; like any exception they are safe to
 * read from any thread once thrown.
 *
 * @since 0.1.0
 */
public class UptakeJdbcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What was being done. */
    private final String operation;
    /** The SQL state the database gave, null if none. */
    private final String sqlState;

    /**
     * Creates an exception for a database error.
     *
     * @param operation  what was being done, e.g. {@code storing submission sub-1}, not null
     * @param cause  the database's exception, not null
     */
    public UptakeJdbcException(String operation, SQLException cause) {
        super(operation + " failed: " + cause.getMessage() + " (SQL state " + cause.getSQLState()
                + ")", cause);
        this.operation = Objects.requireNonNull(operation, "operation");
        this.sqlState = cause.getSQLState();
    }

    /**
     * Creates an exception that wraps another one, such as Flyway's, keeping it as the cause and
     * taking the SQL state of the first {@link SQLException} in its chain of causes.
     *
     * @param operation  what was being done, not null
     * @param message  what went wrong, not null
     * @param cause  the exception that says why, null if none
     */
    public UptakeJdbcException(String operation, String message, Throwable cause) {
        super(operation + " failed: " + message + stateOf(cause).map(s -> " (SQL state " + s + ")")
                .orElse(""), cause);
        this.operation = Objects.requireNonNull(operation, "operation");
        this.sqlState = stateOf(cause).orElse(null);
    }

    /**
     * Creates an exception that has no cause and no SQL state.
     *
     * @param operation  what was being done, not null
     * @param message  what went wrong, not null
     */
    public UptakeJdbcException(String operation, String message) {
        this(operation, message, null);
    }

    /**
     * Returns what was being done.
     *
     * @return e.g. {@code migrating the Uptake schema}, not null
     */
    public String operation() {
        return operation;
    }

    /**
     * Returns the SQL state the database gave.
     *
     * @return the SQL state, null if the error did not come from the database
     */
    public String sqlState() {
        return sqlState;
    }

    /** Returns the SQL state of the first SQL exception among the causes (20 deep at most). */
    private static Optional<String> stateOf(Throwable cause) {
        Throwable t = cause;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
