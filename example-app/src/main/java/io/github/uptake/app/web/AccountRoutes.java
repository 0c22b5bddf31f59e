package io.github.uptake.app.web;

import io.github.uptake.app.accounts.Account;
import io.github.uptake.app.accounts.AccountStore;
import io.github.uptake.app.accounts.Passwords;
import io.github.uptake.app.web.view.AccountsPage;
import io.github.uptake.app.web.view.Layout;
import io.github.uptake.app.web.view.PasswordPage;
import io.github.uptake.model.HierarchyVersion;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrators' page of the accounts: {@code GET /admin/accounts} lists them (name, display
 * name, unit, role, state; never a password hash); {@code POST /admin/accounts/{name}/password}
 * gives one a new generated password ({@link Passwords#generate()}), shown once on the page that
 * answers (the account's other open sessions end at their next request), and
 * {@code POST /admin/accounts/{name}/disable} or {@code .../enable} stops or lets again its logins
 * (a disabled account's session ends at its next request). Every post carries the session's CSRF
 * token. Only an administrator may use them (403 otherwise); one with a unit
 * manages only the accounts of its unit's subtree, the Department's every account; no
 * administrator may disable its own account, so one always remains. Each change is logged at
 * INFO on {@code uptake.accounts}, without the password. This class is immutable and thread-safe.
 */
final class AccountRoutes {
    /** The page's path. */
    static final String PATH = "/admin/accounts";
    private static final Logger LOG = LoggerFactory.getLogger("uptake.accounts");

    private final Site site;

    AccountRoutes(Site site) {
        this.site = site;
    }

    /**
     * Adds the routes.
     *
     * @param app  the app, not null
     */
    void register(Javalin app) {
        app.get(PATH, ctx -> list(ctx, administrator(ctx), 200, null));
        app.post(PATH + "/{name}/password", this::newPassword);
        app.post(PATH + "/{name}/disable", ctx -> setDisabled(ctx, true));
        app.post(PATH + "/{name}/enable", ctx -> setDisabled(ctx, false));
    }

    private void newPassword(Context ctx) {
        site.sessions().checkCsrf(ctx);
        Accounts.User admin = administrator(ctx);
        Account a = managed(admin, ctx.pathParam("name"));
        String password = Passwords.generate();
        site.sessions().accounts().store().setPassword(a.name(), password);
        // the account's open sessions end at their next request, as on disabling; not the
        // administrator's own, who gave its own account the new password
        if (same(a.name(), admin.name())) {
            site.sessions().restamp(ctx);
        }
        LOG.info("{} gave the account {} a new password", admin.name(), a.name());
        Messages msg = site.sessions().messages(ctx);
        site.pages().answer(ctx, 200, "admin/password.jte", new PasswordPage(layout(ctx, msg),
                a.name(), a.displayName(), password), msg);
    }

    private void setDisabled(Context ctx, boolean disabled) {
        site.sessions().checkCsrf(ctx);
        Accounts.User admin = administrator(ctx);
        Account a = managed(admin, ctx.pathParam("name"));
        Messages msg = site.sessions().messages(ctx);
        if (disabled && same(a.name(), admin.name())) {
            list(ctx, admin, 403, new AccountsPage.Notice("notmet", msg.get("admin.self-disable")));
            return;
        }
        site.sessions().accounts().store().setDisabled(a.name(), disabled);
        LOG.info("{} {} the account {}", admin.name(), disabled ? "disabled" : "enabled",
                a.name());
        list(ctx, admin, 200, new AccountsPage.Notice("met", msg.get(disabled ? "admin.disabled"
                : "admin.enabled", a.name())));
    }

    private void list(Context ctx, Accounts.User admin, int status, AccountsPage.Notice notice) {
        Messages msg = site.sessions().messages(ctx);
        LocalDate day = site.days().defaultDay();
        List<AccountsPage.Row> rows = site.sessions().accounts().store().list().stream()
                .filter(a -> manages(admin, a, day)).map(a -> row(msg, admin, a, day)).toList();
        site.pages().answer(ctx, status, "admin/accounts.jte", new AccountsPage(layout(ctx, msg),
                site.sessions().csrf(ctx), notice, rows), msg);
    }

    private AccountsPage.Row row(Messages msg, Accounts.User admin, Account a, LocalDate day) {
        String unit = a.unitCode().map(code -> site.units().versionOf(code, day)
                .flatMap(v -> v.unit(code)).map(u -> code + " " + u.name()).orElse(code))
                .orElse(msg.get("admin.every-unit"));
        String base = PATH + "/" + Frames.encode(a.name());
        return new AccountsPage.Row(a.name(), "account-" + a.name(), a.displayName(), unit,
                msg.get("role." + a.role().id()), msg.get(a.disabled() ? "admin.state.disabled"
                : "admin.state.active"), a.disabled(), same(a.name(), admin.name()),
                base + "/password", base + (a.disabled() ? "/enable" : "/disable"));
    }

    private Layout layout(Context ctx, Messages msg) {
        // the day picker leads to the user's own unit of the day picked
        return site.frames().of(ctx, msg.get("admin.title"), null, "/");
    }

    /** Returns the user, who must be an administrator. */
    private Accounts.User administrator(Context ctx) {
        Accounts.User u = site.sessions().requireUser(ctx);
        if (!u.administrator()) {
            throw Refusal.of(403, "admin.refused");
        }
        return u;
    }

    /** Returns the account of a name that the administrator manages: 404 if none, else 403. */
    private Account managed(Accounts.User admin, String name) {
        Optional<AccountStore.Stored> found = site.sessions().accounts().store().find(name);
        if (found.isEmpty()) {
            throw Refusal.of(404, "admin.none", name);
        }
        Account a = found.get().account();
        if (!manages(admin, a, site.days().defaultDay())) {
            throw Refusal.of(403, "admin.outside", a.name());
        }
        return a;
    }

    /**
     * Tells whether an administrator manages an account: every account for the Department's,
     * else the accounts whose unit lies in its unit's subtree on the day.
     */
    private boolean manages(Accounts.User admin, Account a, LocalDate day) {
        if (admin.department()) {
            return true;
        }
        if (a.unitCode().isEmpty()) {
            return false;
        }
        String code = a.unitCode().get();
        Optional<HierarchyVersion> v = site.units().versionOf(code, day);
        return v.isPresent() && Accounts.within(admin.unitCode(), v.get(), code);
    }

    private static boolean same(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
