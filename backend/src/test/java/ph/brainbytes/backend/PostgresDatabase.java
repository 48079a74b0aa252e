package ph.brainbytes.backend;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The local PostgreSQL the integration tests run against (trust authentication, user postgres). */
public final class PostgresDatabase {

    /** BRAINBYTES_IT_DATABASE lets two checkouts test on one server without touching each other's data. */
    public static final String NAME = System.getenv().getOrDefault("BRAINBYTES_IT_DATABASE", "brainbytes_it");

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + NAME;
    public static final String USER = "postgres";

    private PostgresDatabase() {}

    /** Creates the test database on first use; must run before a Spring context connects to it. */
    public static synchronized void createIfMissing() {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", USER, "");
                PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, NAME);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = admin.createStatement()) {
                create.execute("create database " + NAME);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 is needed for the integration tests", e);
        }
    }
}
