package io.github.uptake.jdbc;

import java.sql.SQLException;

/**
 * The one unchecked exception of the JDBC adapter: a database error, with what the adapter was doing
 * and the SQL state the database gave.
 */
public class UptakeJdbcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String sqlState;

    /**
     * Creates an exception.
     *
     * @param operation  what was being done, e.g. {@code storing submission sub-1}
     * @param cause  the database's exception, not null
     */
    public UptakeJdbcException(String operation, SQLException cause) {
        super(operation + " failed: " + cause.getMessage() + " (SQL state " + cause.getSQLState()
                + ")", cause);
        this.operation = operation;
        this.sqlState = cause.getSQLState();
    }

    /**
     * Creates an exception that has no SQL state.
     *
     * @param operation  what was being done
     * @param message  what went wrong
     */
    public UptakeJdbcException(String operation, String message) {
        super(operation + " failed: " + message);
        this.operation = operation;
        this.sqlState = null;
    }

    /** Returns what was being done. */
    public String operation() {
        return operation;
    }

    /** Returns the SQL state, null if none. */
    public String sqlState() {
        return sqlState;
    }
}
