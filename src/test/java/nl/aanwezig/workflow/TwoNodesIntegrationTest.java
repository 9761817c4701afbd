package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceCreationIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceCreationRecordValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.aanwezig.AanwezigApplication;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.support.AppProcess;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.Settled;
import nl.aanwezig.support.TestData;
import nl.aanwezig.workflow.engine.DurableEngine;
import nl.aanwezig.workflow.engine.EngineToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Two instances of the app on one engine and one PostgreSQL, as docs/operations.md "Running more than one node" describes: node A
 * in this JVM hosts the embedded database and engine, node B is a separate JVM in the compose profile pointed at
 * them. Routes are imported on one node and moved on the other, and B is killed (SIGKILL, no shutdown) while it holds
 * user-task jobs whose inbox rows it has not committed. Every route moves once, no task is lost or doubled, and every
 * outbox command reaches the engine once.
 *
 * <p>The methods are one scenario in order (starting two nodes costs a minute); each asserts one part of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIntegrationTest {

    private static final int FIRST_IMPORT = 50;
    private static final int COMPLETED_ON_A = 10;
    private static final int SECOND_IMPORT = 100;
    /**
     * Both nodes hold a user-task job for the production default until its task is committed: long enough that real
     * time never runs it out during the test, so only {@code increaseTime} does, when the test says so.
     */
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final Duration NODE_START = Duration.ofMinutes(4);
    private static final String FIRST_PREFIX = "81";
    private static final String SECOND_PREFIX = "82";

    private Path dataDir;
    private ConfigurableApplicationContext nodeA;
    private AppProcess nodeB;
    private int portA;
    private int portB;
    private DurableEngine engine;
    private JdbcTemplate jdbc;
    private HikariDataSource dataSource;
    private LocalDate schoolDay;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startTwoNodes() throws Exception {
        dataDir = Files.createTempDirectory("aanwezig-two-nodes");
        nodeA = new SpringApplicationBuilder(AanwezigApplication.class).run("--spring.profiles.active=test",
                "--aanwezig.db.data-dir=" + dataDir, "--aanwezig.db.port=0",
                // node A's engine serves node B: on a free loopback port, with the token it generates
                "--aanwezig.engine.serve-nodes=true", "--aanwezig.engine.port=0",
                "--server.port=0", "--aanwezig.demo-data=false", "--aanwezig.engine.task-claim-timeout=" + CLAIM,
                // no snapshot (and so no log compaction) during the test: the assertions read the whole record stream
                "--aanwezig.engine.snapshot-ms=3600000", "--logging.level.root=warn");
        portA = Integer.parseInt(nodeA.getEnvironment().getRequiredProperty("local.server.port"));
        engine = nodeA.getBean(DurableEngine.class);
        jdbc = nodeA.getBean(JdbcTemplate.class);
        // the class the imported pupils are in, as the admin creates it: a pupil import names only known classes
        jdbc.update("insert into school_class (school_id, name) select id, '2B' from school where brin = 'T1VO' "
                + "on conflict do nothing");
        dataSource = (HikariDataSource) nodeA.getBean(javax.sql.DataSource.class);
        schoolDay = nodeA.getBean(Routes.class).schoolDay();

        URI db = URI.create(dataSource.getJdbcUrl().substring("jdbc:".length()));
        portB = AppProcess.freePort();
        nodeB = AppProcess.start("node-b", List.of(
                // the app as shipped in its compose profile: database and engine remote, here those of node A
                "--spring.profiles.active=compose",
                // the same migrations as node A's test profile, or Flyway refuses the database
                "--spring.flyway.locations=classpath:db/migration,filesystem:"
                        + AppProcess.testClasses().resolve("db/testdata").toAbsolutePath(),
                "--server.port=" + portB, "--aanwezig.demo-data=false",
                "--aanwezig.engine.task-claim-timeout=" + CLAIM,
                "--aanwezig.db.data-dir=" + dataDir.resolve("node-b"),
                "--logging.level.root=warn", "--logging.level.nl.aanwezig=info"),
                Map.of("DB_HOST", db.getHost(), "DB_PORT", String.valueOf(db.getPort()),
                        "DB_NAME", db.getPath().substring(1), "DB_USER", dataSource.getUsername(),
                        "DB_PASSWORD", dataSource.getPassword(),
                        "ZEEBE_GRPC_ADDRESS", "http://" + engine.nodeAddress().orElseThrow(),
                        // as an operator gives it to a second node on the same machine
                        "AANWEZIG_ENGINE_TOKEN", Files.readString(dataDir.resolve(EngineToken.FILE)).strip()));
        nodeB.awaitReady(portB, NODE_START);
    }

    @AfterAll
    void stopBothNodes() {
        try {
            if (nodeB != null) {
                nodeB.close();
            }
        } finally {
            try {
                if (nodeA != null) {
                    nodeA.close();
                }
            } finally {
                if (dataDir != null) {
                    FileSystemUtils.deleteRecursively(dataDir.toFile());
                }
            }
        }
    }

    @Test
    @Order(1)
    void routes_imported_on_one_node_and_completed_on_the_other_each_move_exactly_once() {
        importAbsentPupils(portB, FIRST_PREFIX, FIRST_IMPORT);
        List<Long> cases = casesOf(FIRST_PREFIX);
        assertThat(cases).as("one case per imported empty chair").hasSize(FIRST_IMPORT);
        // either node's inbox worker may write them
        Eventually.until(() -> tasks(FIRST_PREFIX, LegeStoelProcess.CONTACT_PUPIL).size() == FIRST_IMPORT, WAIT,
                FIRST_IMPORT + " mentor tasks of the import on node B");

        List<Long> completed = cases.subList(0, COMPLETED_ON_A);
        ConversationService conversations = nodeA.getBean(ConversationService.class);
        for (long caseId : completed) {
            long taskId = jdbc.queryForObject("select id from task where case_id = ? and element_id = ?",
                    Long.class, caseId, LegeStoelProcess.CONTACT_PUPIL);
            AsUser.run("t-mentor", "MENTOR", () -> conversations.log(taskId, LegeStoelProcessIntegrationTestForms.refer()));
        }
        Eventually.until(() -> tasks(FIRST_PREFIX, LegeStoelProcess.OC_INTAKE).size() == COMPLETED_ON_A, WAIT,
                "the OC's intake of each route completed on node A");
        // both nodes' workers poll the one engine, so it is never idle: settled means outbox and inbox
        Settled.awaitBusyEngine(engine, jdbc, WAIT);

        Map<Long, Long> intakes = perCase(tasks(FIRST_PREFIX, LegeStoelProcess.OC_INTAKE));
        assertThat(intakes).as("one intake per completed route, none elsewhere")
                .containsOnlyKeys(completed).allSatisfy((caseId, n) -> assertThat(n).isOne());
        assertThat(perCase(tasks(FIRST_PREFIX, LegeStoelProcess.CONTACT_PUPIL))).as("one mentor task per route")
                .containsOnlyKeys(cases).allSatisfy((caseId, n) -> assertThat(n).isOne());
        assertThat(jdbc.queryForObject("""
                select count(*) from task t join pupil_case c on c.id = t.case_id join pupil p on p.id = c.pupil_id
                where p.leerling like ? and t.element_id = ? and t.state = 'OPEN'""", Integer.class,
                FIRST_PREFIX + "%", LegeStoelProcess.CONTACT_PUPIL))
                .as("the completed mentor tasks left the inbox").isEqualTo(FIRST_IMPORT - COMPLETED_ON_A);
    }

    @Test
    @Order(2)
    void a_node_killed_while_it_holds_uncommitted_tasks_loses_none_and_doubles_none() throws Exception {
        WorkflowStartup startupA = nodeA.getBean(WorkflowStartup.class);
        Set<Long> heldByB;
        Set<Long> jobs;
        // node A stops taking tasks: every new user-task job goes to node B
        startupA.closeInbox();
        try (Connection lock = DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(),
                dataSource.getPassword())) {
            // the crash window held open: B's inbox worker activates jobs, then waits on its insert of the task
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                s.execute("lock table task in share mode");
            }
            importAbsentPupils(portA, SECOND_PREFIX, SECOND_IMPORT);
            assertThat(casesOf(SECOND_PREFIX)).as("one case per imported empty chair").hasSize(SECOND_IMPORT);
            Eventually.until(() -> instanceKeys(SECOND_PREFIX).size() == SECOND_IMPORT && pendingCommands() == 0, WAIT,
                    "every route of the import started in the engine");
            Set<Long> instances = instanceKeys(SECOND_PREFIX);
            Eventually.until(() -> userTaskJobs(instances).size() == SECOND_IMPORT, WAIT, "the routes' mentor jobs");
            jobs = userTaskJobs(instances);
            // B's inbox worker activated jobs and is stuck writing the first one's task: it holds every job it
            // activated (how many depends on how its polls met the jobs' creation; at most its maxJobsActive)
            Eventually.asserted(() -> assertThat(lockWaiters()).as("node B waiting to write a task; it holds %s of %s jobs",
                    activated(jobs).size(), jobs.size()).isPositive(), WAIT);
            nodeB.kill();
            heldByB = activated(jobs);
            lock.rollback();
        }
        System.out.printf("TwoNodesIntegrationTest: node B was killed holding %d of %d new user-task jobs%n",
                heldByB.size(), jobs.size());
        assertThat(heldByB).as("jobs the dead node held").isNotEmpty();
        assertThat(tasksOfJobs(jobs)).as("nothing of the dead node committed").isEmpty();

        startupA.openInbox();
        Set<Long> neverActivated = new HashSet<>(jobs);
        neverActivated.removeAll(heldByB);
        Eventually.until(() -> tasksOfJobs(jobs).size() == neverActivated.size(), WAIT,
                "node A's tasks of the jobs node B never took");
        assertThat(tasksOfJobs(jobs)).as("the dead node's jobs wait for its claim").isEqualTo(neverActivated);

        engine.increaseTime(CLAIM.plusSeconds(1));
        Eventually.asserted(() -> assertThat(tasksOfJobs(jobs)).as("every task, the dead node's %s after its claim ran out",
                heldByB).hasSize(SECOND_IMPORT), WAIT);
        Settled.await(engine, jdbc, WAIT);

        List<Task> tasks = tasks(SECOND_PREFIX, LegeStoelProcess.CONTACT_PUPIL);
        assertThat(tasks).as("one mentor task per route, no more").hasSize(SECOND_IMPORT);
        assertThat(perCase(tasks)).hasSize(SECOND_IMPORT).allSatisfy((caseId, n) -> assertThat(n).isOne());
        assertThat(tasks).extracting(Task::jobKey).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(jobs);
    }

    @Test
    @Order(3)
    void every_outbox_command_was_sent_once_and_every_route_has_one_live_engine_instance() {
        Settled.await(engine, jdbc, WAIT);
        List<Long> routes = jdbc.queryForList("""
                select w.id from workflow_instance w join pupil_case c on c.id = w.case_id join pupil p on p.id = c.pupil_id
                where p.leerling like ? or p.leerling like ?""", Long.class, FIRST_PREFIX + "%", SECOND_PREFIX + "%");
        assertThat(routes).hasSize(FIRST_IMPORT + SECOND_IMPORT);

        List<Map<String, Object>> commands = jdbc.queryForList(
                "select id, kind, route_id, sent_at, attempts, outcome from engine_command where route_id = any (?)",
                (Object) routes.toArray(Long[]::new));
        assertThat(commands.stream().collect(Collectors.groupingBy(c -> (String) c.get("kind"), Collectors.counting())))
                .as("a start per route, a completion per completed mentor task")
                .isEqualTo(Map.of("START_ROUTE", (long) FIRST_IMPORT + SECOND_IMPORT, "COMPLETE_JOB", (long) COMPLETED_ON_A));
        assertThat(commands).allSatisfy(c -> {
            assertThat(c.get("sent_at")).as("sent: %s", c).isNotNull();
            assertThat(c.get("attempts")).as("sent once: %s", c).isEqualTo(1);
            assertThat((String) c.get("outcome")).as("not a second delivery: %s", c)
                    .doesNotStartWith("twin").isNotEqualTo("job gone").isNotEqualTo("already started");
        });
        assertThat(jdbc.queryForObject("select count(*) from engine_command where sent_at is null", Integer.class))
                .as("nothing left in the outbox").isZero();

        // the engine's own account: per route, the instances created for it and the ones still live
        Map<Long, Set<Long>> created = new HashMap<>();
        Set<Long> terminated = new HashSet<>();
        for (Record<?> r : RecordStream.of(engine.getRecordStreamSource()).records()) {
            if (r.getValueType() == ValueType.PROCESS_INSTANCE_CREATION
                    && r.getIntent() == ProcessInstanceCreationIntent.CREATED) {
                var value = (ProcessInstanceCreationRecordValue) r.getValue();
                if (value.getVariables().get(RouteLedger.ROUTE_ID) instanceof Number route) {
                    created.computeIfAbsent(route.longValue(), k -> new HashSet<>()).add(value.getProcessInstanceKey());
                }
            } else if (r.getValueType() == ValueType.PROCESS_INSTANCE && r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED
                    && ((io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue) r.getValue())
                    .getBpmnElementType() == BpmnElementType.PROCESS) {
                terminated.add(r.getKey());
            }
        }
        Map<Long, Long> claimed = jdbc.query("select id, instance_key from workflow_instance where id = any (?)",
                rs -> {
                    Map<Long, Long> m = new HashMap<>();
                    while (rs.next()) {
                        m.put(rs.getLong(1), rs.getLong(2));
                    }
                    return m;
                }, (Object) routes.toArray(Long[]::new));
        assertThat(routes).allSatisfy(route -> {
            Set<Long> live = new HashSet<>(created.getOrDefault(route, Set.of()));
            live.removeAll(terminated);
            assertThat(live).as("the live engine instances of route %s (created: %s)", route, created.get(route))
                    .containsExactly(claimed.get(route));
            assertThat(created.get(route)).as("instances created for route %s", route).hasSize(1);
        });
    }

    // --- imports through the REST API, as an OC of the fixture's school

    /** {@code count} new pupils of T1VO, each absent without known reason for two lessons of the school day. */
    private void importAbsentPupils(int port, String prefix, int count) {
        StringBuilder pupils = new StringBuilder("school;leerling;voornaam;achternaam;geboortedatum;sector;klas;mentor;startkwalificatie\n");
        StringBuilder registrations = new StringBuilder("school;leerling;datum;start;eind;status;reden;minuten_te_laat\n");
        for (int i = 0; i < count; i++) {
            String leerling = prefix + String.format("%04d", i);
            pupils.append("T1VO;").append(leerling).append(";Kim;Test").append(i).append(";2012-05-01;VO;2B;t-mentor;nee\n");
            registrations.append("T1VO;").append(leerling).append(';').append(schoolDay).append(";08:30;09:20;afwezig;onbekend;\n");
            registrations.append("T1VO;").append(leerling).append(';').append(schoolDay).append(";09:20;10:10;afwezig;onbekend;\n");
        }
        post(port, "/api/v1/imports/pupils", pupils.toString());
        post(port, "/api/v1/imports/registrations", registrations.toString());
    }

    private void post(int port, String path, String csv) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("t-oc:" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s on port %d: %s", path, port, response.body()).isEqualTo(200);
        } catch (java.io.IOException e) {
            throw new AssertionError(path + " on port " + port + (port == portB ? "\n" + nodeB.tail(40) : ""), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // --- what the shared database and the engine hold

    private record Task(long caseId, long jobKey) {
    }

    private List<Long> casesOf(String prefix) {
        return jdbc.queryForList("""
                select c.id from pupil_case c join pupil p on p.id = c.pupil_id where p.leerling like ? order by c.id""",
                Long.class, prefix + "%");
    }

    private List<Task> tasks(String prefix, String elementId) {
        return jdbc.query("""
                select t.case_id, t.job_key from task t join pupil_case c on c.id = t.case_id
                join pupil p on p.id = c.pupil_id where p.leerling like ? and t.element_id = ?""",
                (rs, i) -> new Task(rs.getLong(1), rs.getLong(2)), prefix + "%", elementId);
    }

    private static Map<Long, Long> perCase(List<Task> tasks) {
        return tasks.stream().collect(Collectors.groupingBy(Task::caseId, Collectors.counting()));
    }

    private Set<Long> tasksOfJobs(Set<Long> jobKeys) {
        return new HashSet<>(jdbc.queryForList("select job_key from task where job_key = any (?)", Long.class,
                (Object) jobKeys.toArray(Long[]::new)));
    }

    private Set<Long> instanceKeys(String prefix) {
        return new HashSet<>(jdbc.queryForList("""
                select w.instance_key from workflow_instance w join pupil_case c on c.id = w.case_id
                join pupil p on p.id = c.pupil_id where p.leerling like ? and w.instance_key is not null""",
                Long.class, prefix + "%"));
    }

    private int pendingCommands() {
        return jdbc.queryForObject("select count(*) from engine_command where sent_at is null", Integer.class);
    }

    /** Sessions waiting for a lock on the inbox table: node B's inbox worker, stuck on its insert. */
    private int lockWaiters() {
        return jdbc.queryForObject("select count(*) from pg_locks where relation = 'task'::regclass and not granted",
                Integer.class);
    }

    /** The user-task jobs the engine created in these instances. */
    private Set<Long> userTaskJobs(Set<Long> instances) {
        return StreamSupport.stream(RecordStream.of(engine.getRecordStreamSource()).jobRecords().spliterator(), false)
                .filter(r -> r.getIntent() == JobIntent.CREATED && UserTaskWorker.JOB_TYPE.equals(r.getValue().getType())
                        && instances.contains(r.getValue().getProcessInstanceKey()))
                .map(Record::getKey).collect(Collectors.toSet());
    }

    /** Which of these jobs a worker has activated (node A's inbox is closed meanwhile: node B's). */
    private Set<Long> activated(Set<Long> jobs) {
        List<Long> keys = new ArrayList<>();
        for (var r : RecordStream.of(engine.getRecordStreamSource()).jobBatchRecords()) {
            if (r.getIntent() == JobBatchIntent.ACTIVATED) {
                keys.addAll(r.getValue().getJobKeys());
            }
        }
        return keys.stream().filter(jobs::contains).collect(Collectors.toSet());
    }
}
