package ph.brainbytes.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus configuration as promtool sees it: both scrape configurations are valid, the rules
 * parse, every alert's unit tests pass, and every alert has a firing and a silent test case and a
 * runbook section.
 */
class PrometheusRulesIT {

    private static final Path PROMETHEUS = Tool.root().resolve("monitoring/prometheus");
    private static final Path RULES = PROMETHEUS.resolve("rules/alerts.yml");
    private static final Path RULE_TESTS = PROMETHEUS.resolve("tests/alerts-test.yml");
    private static final Path PROCEDURES = Tool.root().resolve("docs/06-monitoring-procedures.md");

    private static final Pattern ALERT = Pattern.compile("(?m)^\\s+- alert: (\\S+)$");
    private static final Pattern RUNBOOK = Pattern.compile("(?m)^\\s+runbook_url: \"([^\"]+)\"$");
    private static final Pattern ANNOTATION = Pattern.compile("(?m)^\\s+(severity|summary|description|runbook_url):");
    private static final Pattern CASE = Pattern.compile("(?m)^\\s+alertname: (\\S+)\\n\\s+exp_alerts:( \\[\\])?$");

    @Test
    void bothScrapeConfigurationsAreValid() {
        String output = Tool.run(PROMETHEUS, "promtool", "check", "config", "prometheus.yml", "prometheus-local.yml");
        assertThat(output).contains("SUCCESS: prometheus.yml is valid", "SUCCESS: prometheus-local.yml is valid");
    }

    @Test
    void rulesAreValid() {
        Tool.run(PROMETHEUS, "promtool", "check", "rules", "rules/recording.yml", "rules/alerts.yml");
    }

    @Test
    void ruleUnitTestsPass() {
        String output = Tool.run(PROMETHEUS, "promtool", "test", "rules", "tests/alerts-test.yml");
        assertThat(output).contains("SUCCESS");
    }

    @Test
    void everyAlertHasAFiringAndASilentUnitTest() throws IOException {
        Set<String> alerts = alertNames();
        Set<String> firing = new TreeSet<>();
        Set<String> silent = new TreeSet<>();
        Matcher cases = CASE.matcher(Files.readString(RULE_TESTS));
        while (cases.find()) {
            (cases.group(2) == null ? firing : silent).add(cases.group(1));
        }
        assertThat(firing).as("alerts with a test where they fire").containsAll(alerts);
        assertThat(silent).as("alerts with a test where they stay silent").containsAll(alerts);
        assertThat(alerts).as("alerts the tests name").containsAll(firing).containsAll(silent);
    }

    @Test
    void everyAlertHasSeveritySummaryDescriptionAndARunbookSection() throws IOException {
        String rules = Files.readString(RULES);
        String[] blocks = rules.split("(?m)^(?=\\s+- alert: )");
        Set<String> headings = new LinkedHashSet<>();
        Files.readAllLines(PROCEDURES).stream()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT))
                .forEach(headings::add);
        int checked = 0;
        for (String block : blocks) {
            Matcher alert = ALERT.matcher(block);
            if (!alert.find()) {
                continue;
            }
            String name = alert.group(1);
            Set<String> present = new TreeSet<>();
            Matcher annotation = ANNOTATION.matcher(block);
            while (annotation.find()) {
                present.add(annotation.group(1));
            }
            assertThat(present).as(name).containsExactly("description", "runbook_url", "severity", "summary");
            Matcher runbook = RUNBOOK.matcher(block);
            assertThat(runbook.find()).as("%s has a runbook_url", name).isTrue();
            assertThat(runbook.group(1))
                    .as("%s runbook", name)
                    .isEqualTo("docs/06-monitoring-procedures.md#" + name.toLowerCase(Locale.ROOT));
            assertThat(headings)
                    .as("a section named %s in docs/06-monitoring-procedures.md", name)
                    .contains(name.toLowerCase(Locale.ROOT));
            checked++;
        }
        assertThat(checked).isEqualTo(alertNames().size()).isPositive();
    }

    private static Set<String> alertNames() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher matcher = ALERT.matcher(Files.readString(RULES));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
