/**
 * The dashboard's security layer and request log, installed in two lines around the routes:
 *
 * <pre>{@code
 * WebSecurity security = new WebSecurity(appConfig.security(), clock);
 * Javalin app = Javalin.create(config -> security.configure(config));
 * security.install(app);            // before the dashboard's own before-handlers
 * }</pre>
 *
 * <p>{@link io.github.uptake.app.web.security.WebSecurity} sets the response headers, checks the
 * origin of state-changing requests, ends sessions that are idle or too old, refuses uploads that
 * are too large before their body is read, and logs one line per request;
 * {@link io.github.uptake.app.web.security.LoginThrottle} pauses logins after too many wrong
 * passwords. Each rule follows an OWASP cheat sheet, named where the rule is written down.
 */
package io.github.uptake.app.web.security;
