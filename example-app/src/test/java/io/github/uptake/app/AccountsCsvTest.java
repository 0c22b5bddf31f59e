package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.accounts.AccountStore;
import io.github.uptake.app.accounts.Passwords;
import io.github.uptake.app.accounts.Role;
import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts from a CSV file: Excel's habits accepted, every problem at its line and column. */
class AccountsCsvTest {
    @TempDir
    static Path dir;
    private static JdbcStorage storage;
    private static AccountStore accounts;

    @BeforeAll
    static void load() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:accountscsv;DB_CLOSE_DELAY=-1");
        storage = JdbcStorage.open(ds, JdbcOptions.defaults());
        DemoLoader.load(storage, LongAnDemo.make());
        accounts = AccountStore.open(ds, Clock.systemUTC());
        accounts.add(List.of(new AccountStore.NewAccount(new io.github.uptake.app.accounts
                .Account("so", "Sở", java.util.Optional.empty(), Role.ADMINISTRATOR, false,
                false), "mat-khau-cua-so")));
    }

    private Validated<AccountsCsv.Read> read(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        return AccountsCsv.read(f, name, storage.referenceStore(), accounts);
    }

    @Test
    void anExcelSemicolonFileWithABomIsReadAndBlankPasswordsAreGenerated() throws Exception {
        Validated<AccountsCsv.Read> v = read("users.csv", "\uFEFFname;display_name;unit;role;"
                + "password\r\ntanan;UBND Thành phố Tân An;794;reporter;\r\n"
                + "ld;Lãnh đạo tỉnh;;viewer;mot-mat-khau-dai\r\n");
        assertTrue(v.isValid(), v.problems().toString());
        assertEquals(2, v.value().accounts().size());
        assertEquals(List.of(true, false), v.value().generated());
        AccountStore.NewAccount t = v.value().accounts().get(0);
        assertEquals("794", t.account().unitCode().orElseThrow());
        assertEquals(Role.REPORTER, t.account().role());
        assertEquals(16, t.password().length());
        assertEquals("mot-mat-khau-dai", v.value().accounts().get(1).password());
    }

    @Test
    void everyBadValueIsRefusedAtItsLineAndColumn() throws Exception {
        Validated<AccountsCsv.Read> v = read("bad.csv", "name,display_name,unit,role,password\n"
                + "xã mỹ bình,UBND xã Mỹ Bình,27694,reporter,\n"       // line 2: accents
                + "mybinh,UBND xã Mỹ Bình,99999,reporter,\n"            // 3: no such unit
                + "mybinh2,UBND xã Mỹ Bình,27694,clerk,\n"              // 4: no such role
                + "SO,Sở,,admin,\n"                                      // 5: taken
                + "thu,Thủ Thừa,803,reporter,short\n"                    // 6: weak password
                + "thu,Thủ Thừa,803,reporter,\n");                       // 7: twice
        assertFalse(v.isValid());
        Map<String, String> at = v.problems().stream().collect(Collectors.toMap(Problem::code,
                p -> p.location().line().getAsInt() + ":" + p.location().field().orElse("")));
        assertEquals("2:name", at.get("accounts.bad-name"));
        assertEquals("3:unit", at.get("accounts.unknown-unit"));
        assertEquals("4:role", at.get("accounts.bad-role"));
        assertEquals("5:name", at.get("accounts.taken"));
        assertEquals("6:password", at.get("accounts.weak-password"));
        assertEquals("7:name", at.get("accounts.twice"));
        v.problems().forEach(p -> assertFalse(p.messageVi().isBlank() || p.messageEn()
                .isBlank()));
    }

    @Test
    void aFileWithoutTheRoleColumnIsRefusedAtLineOne() throws Exception {
        Validated<AccountsCsv.Read> v = read("norole.csv", "name,display_name,unit\n"
                + "tanan,Tân An,794\n");
        assertFalse(v.isValid());
        assertEquals(1, v.problems().get(0).location().line().getAsInt());
    }

    @Test
    void aHeaderOnlyFileIsRefused() throws Exception {
        assertEquals("accounts.empty", read("empty.csv", "name,display_name,unit,role\n")
                .problems().get(0).code());
        assertTrue(Passwords.weakness("mot-mat-khau-dai") == null);
    }
}
