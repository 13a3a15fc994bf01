// An in-process Neo4j for the store tests: Bolt only, on 127.0.0.1, auth off, a throw-away
// store under NEO4J_TEST_DIR, with the Open GDS library (graph algorithms) as a plugin. Started by
// start.sh; lives until killed (or, with --until-stdin-closes, until its stdin closes).
package entente.testneo4j;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

public final class TestNeo4j {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(env("NEO4J_TEST_PORT", "7697"));
    Path workDir = Path.of(env("NEO4J_TEST_DIR", "run/db"));
    Files.createDirectories(workDir);
    Path plugins = gdsPluginDir(workDir.resolve("plugins"));

    Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(workDir)
        .withDisabledServer() // no HTTP: the tests speak Bolt only
        .withConfig(BoltConnector.enabled, true)
        .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .withConfig(HttpConnector.enabled, false)
        .withConfig(HttpsConnector.enabled, false)
        .withConfig(GraphDatabaseSettings.auth_enabled, false)
        .withConfig(GraphDatabaseSettings.plugin_dir, plugins.toAbsolutePath())
        .withConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
        .build();

    Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
    // start.sh waits for this exact line.
    System.out.println("NEO4J_READY " + neo4j.boltURI() + " version=" + version("neo4j.version") + " gds=" + version("gds.version"));
    System.out.flush();

    // With --until-stdin-closes a parent process can hold it by a pipe: it stops when the pipe
    // closes. Otherwise (start.sh, stdin at /dev/null) it runs until stop.sh kills it.
    if (java.util.Arrays.asList(args).contains("--until-stdin-closes")) {
      InputStream in = System.in;
      byte[] buf = new byte[256];
      while (in.read(buf) >= 0) { /* ignore input */ }
      System.exit(0);
    }
    Thread.currentThread().join();
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static String version(String key) throws Exception {
    Properties p = new Properties();
    try (InputStream in = TestNeo4j.class.getResourceAsStream("/test-neo4j.properties")) {
      if (in != null) p.load(in);
    }
    return p.getProperty(key, "unknown");
  }

  /**
   * Neo4j finds @Procedure classes only in jars under its plugin directory, while the harness
   * loads everything from the class path: the GDS jars (already on the class path, where the
   * extension that registers their shared component is found) are linked into a plugin directory.
   */
  private static Path gdsPluginDir(Path dir) throws Exception {
    Files.createDirectories(dir);
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (!entry.endsWith(".jar") || !entry.replace('\\', '/').contains("/org/neo4j/gds/")) continue;
      Path link = dir.resolve(jar.getFileName());
      if (!Files.exists(link)) Files.createSymbolicLink(link, jar.toAbsolutePath());
    }
    return dir;
  }
}
