/**
 * Storage for Uptake on any JDBC {@link javax.sql.DataSource}: H2 embedded by default, PostgreSQL
 * verified. Start with {@link io.github.uptake.jdbc.JdbcStorage#open}.
 */
package io.github.uptake.jdbc;
