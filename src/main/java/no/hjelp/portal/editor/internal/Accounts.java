package no.hjelp.portal.editor.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import no.hjelp.portal.editor.Account;
import no.hjelp.portal.support.DataFiles;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The editors' accounts, in {@code accounts.yaml} in the data folder ({@code portal.data.dir} /
 * {@code PORTAL_DATA_DIR}, default {@code ./data}, never in the repository). Passwords are stored
 * as PBKDF2 hashes. There is no default password: when no account exists, the first administrator
 * is created from {@code PORTAL_ADMIN_PASSWORD} (or the system property {@code portal.admin.password})
 * with the name in {@code PORTAL_ADMIN_USER} (default "admin"); without it, nobody can sign in.
 * The file is written to a temporary file, flushed and renamed, so a crash never leaves half of it.
 */
@ApplicationScoped
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @Inject
    Pbkdf2PasswordHash hash;

    private volatile Map<String, Account> accounts = Map.of();
    private volatile long readAt;
    private Path file;

    @PostConstruct
    void init() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
        file = DataFiles.dataDir().resolve("accounts.yaml");
        readAt = modified(file);
        accounts = read(file);
        if (accounts.isEmpty()) {
            String password = System.getProperty("portal.admin.password", System.getenv("PORTAL_ADMIN_PASSWORD"));
            String user = System.getProperty("portal.admin.user", System.getenv("PORTAL_ADMIN_USER"));
            if (password != null && password.length() >= 12) {
                save(new Account(user == null || user.isBlank() ? "admin" : user, List.copyOf(Account.ROLES), List.of(),
                        hash.generate(password.toCharArray())));
                LOG.info("Created the first administrator in " + file);
            } else {
                LOG.warning("No editor accounts: set PORTAL_ADMIN_PASSWORD (12 characters or more) to create the first administrator");
            }
        }
    }

    /** The file again when another node (sharing the data folder) changed it. */
    private Map<String, Account> current() {
        long m = modified(file);
        if (m != readAt) {
            synchronized (this) {
                if (m != readAt) {
                    accounts = read(file);
                    readAt = m;
                }
            }
        }
        return accounts;
    }

    private static long modified(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** How many accounts there are (0 means nobody can sign in yet). */
    public int size() {
        return current().size();
    }

    /** All accounts, in the order they were created. */
    public List<Account> all() {
        return List.copyOf(current().values());
    }

    /** A new PBKDF2 hash of the password. */
    public String hash(char[] password) {
        return hash.generate(password);
    }

    public Optional<Account> find(String name) {
        return Optional.ofNullable(name == null ? null : current().get(name));
    }

    /** True when the password is this account's; takes the same time for unknown names. */
    public boolean verify(String name, char[] password) {
        Account a = name == null ? null : current().get(name);
        if (a == null) {
            hash.generate(password);
            return false;
        }
        return hash.verify(password, a.password());
    }

    /** Adds or replaces an account and writes the file atomically. */
    public synchronized void save(Account account) {
        Map<String, Account> next = new LinkedHashMap<>(current());
        next.put(account.name(), account);
        write(file, next);
        accounts = next;
        readAt = modified(file);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Account> read(Path file) {
        Map<String, Account> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
            if (root instanceof Map<?, ?> m && m.get("accounts") instanceof List<?> list) {
                for (Object o : list) {
                    Map<String, Object> a = (Map<String, Object>) o;
                    out.put(String.valueOf(a.get("name")), new Account(String.valueOf(a.get("name")),
                            (List<String>) a.getOrDefault("roles", List.of()), (List<String>) a.getOrDefault("languages", List.of()),
                            String.valueOf(a.get("password"))));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.severe("Cannot read " + file + ": " + e.getMessage() + " (nobody can sign in until it is mended)");
        }
        return out;
    }

    private static void write(Path file, Map<String, Account> accounts) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Account a : accounts.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", a.name());
            m.put("roles", a.roles());
            m.put("languages", a.languages());
            m.put("password", a.password());
            list.add(m);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        String yaml = new Yaml(new Representer(options), options).dump(Map.of("accounts", list));
        try {
            DataFiles.writeAtomically(file, yaml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
