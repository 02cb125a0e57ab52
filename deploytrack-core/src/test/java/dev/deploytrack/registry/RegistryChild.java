package dev.deploytrack.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A separate JVM writing to a registry, for the tests that need real processes: concurrent writers, and writers that
 * die mid-write.
 *
 * <pre>
 * record REGISTRY NAME COUNT START_FILE   waits for START_FILE, then records COUNT deployments of NAME@1.0.i
 * halt REGISTRY                          records one deployment but halts the JVM between flush and rename
 * loop REGISTRY                          records deployments until killed, printing "wrote i" after each
 * pg-record URL WRITER COUNT START_FILE  waits for START_FILE, then records COUNT deployments of writer-WRITER@1.0.i
 *                                        to project shared-(i % 4) with key wWRITER-i (two processes of one WRITER
 *                                        replay the same keys)
 * pg-hold URL N                          records held@1.0.N, printing "holding" and waiting inside the transaction,
 *                                        after every write and before the commit, until killed
 * pg-loop URL                            records deployments until killed, printing "wrote i" after each
 * hold REGISTRY                          holds the registry's lock until killed, after printing "held"
 * once REGISTRY PROJECT AGENT            records one deployment; prints "written", then each warning, or the error
 *                                        and exits with 2
 * </pre>
 */
public final class RegistryChild {

    /** The exit status of a JVM halted on purpose in the middle of a write. */
    static final int HALTED = 77;

    private RegistryChild() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        if (mode.startsWith("pg-")) {
            postgres(mode, args);
            return;
        }
        if (mode.equals("hold")) { // holds the registry's lock until killed
            Path lockFile = Path.of(args[1] + RegistryLock.LOCK_SUFFIX);
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                 java.nio.channels.FileLock held = channel.lock()) {
                System.out.print("held");
                System.out.flush();
                Thread.sleep(120_000);
            }
            return;
        }
        Path registry = Path.of(args[1]);
        Path root = registry.getParent().getParent();
        FileRegistryStore.WriteHook hook = mode.equals("halt")
                ? temp -> Runtime.getRuntime().halt(HALTED) : FileRegistryStore.WriteHook.NONE;
        FileRegistryStore store = new FileRegistryStore(registry, "registry.json", "production", Clock.systemUTC(), hook);
        RegistryService service = new RegistryService(root, store, RegistrySettings.defaults(), Clock.systemUTC());
        Actor actor = Actor.parse("ci:" + mode + "-" + ProcessHandle.current().pid());
        switch (mode) {
            case "record" -> {
                String name = args[2];
                int count = Integer.parseInt(args[3]);
                Path start = Path.of(args[4]);
                System.out.println("ready");
                System.out.flush();
                while (!Files.exists(start)) {
                    Thread.sleep(2);
                }
                for (int i = 0; i < count; i++) {
                    record(service, "shared", name + "@1.0." + i, actor);
                }
                System.out.println("done");
            }
            case "halt" -> record(service, "halted", "victim@1.0.0", actor);
            case "once" -> {
                try {
                    RegistryStore.Update<Recorded> update = service.recordDeployment(new DeploymentRequest(args[2],
                            null, List.of(AgentVersion.parse(args[3])), "development", actor, null, null, false,
                            null));
                    System.out.println("written");
                    update.warnings().forEach(System.out::println);
                } catch (RegistryException e) {
                    System.out.println(e.describe());
                    System.exit(2);
                }
            }
            case "loop" -> {
                for (int i = 0; ; i++) {
                    record(service, "looping", "looper@1." + i + ".0", actor);
                    System.out.println("wrote " + i);
                    System.out.flush();
                }
            }
            default -> throw new IllegalArgumentException(mode);
        }
    }

    private static void postgres(String mode, String[] args) throws Exception {
        PostgresRegistryStore store = PostgresRegistryStore.open(args[1], System.getenv(), Clock.systemUTC());
        if (mode.equals("pg-hold")) {
            store = store.beforeCommit(() -> {
                System.out.println("holding");
                System.out.flush();
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        Path root = Files.createTempDirectory("registry-child");
        try (RegistryService service = new RegistryService(root, store, RegistrySettings.defaults(),
                Clock.systemUTC())) {
            Actor actor = Actor.parse("ci:" + mode + "-" + ProcessHandle.current().pid());
            switch (mode) {
                case "pg-record" -> {
                    String writer = args[2];
                    int count = Integer.parseInt(args[3]);
                    Path start = Path.of(args[4]);
                    service.read(); // connected and the schema current before the start
                    System.out.println("ready");
                    System.out.flush();
                    while (!Files.exists(start)) {
                        Thread.sleep(2);
                    }
                    for (int i = 0; i < count; i++) {
                        service.recordDeployment(new DeploymentRequest("shared-" + (i % 4), null,
                                List.of(AgentVersion.parse("writer-" + writer + "@1.0." + i)), "development", actor,
                                null, "w" + writer + "-" + i, false, null));
                    }
                    System.out.println("done");
                }
                case "pg-hold" -> {
                    service.recordDeployment(new DeploymentRequest("victim", null,
                            List.of(AgentVersion.parse("held@1.0." + args[2])), "development", actor, null, null,
                            false, null));
                    System.out.println("committed, which the test never lets happen");
                }
                case "pg-loop" -> {
                    for (int i = 0; ; i++) {
                        service.recordDeployment(new DeploymentRequest("looping", null,
                                List.of(AgentVersion.parse("looper@1." + i + ".0")), "development", actor, null,
                                null, false, null));
                        System.out.println("wrote " + i);
                        System.out.flush();
                    }
                }
                default -> throw new IllegalArgumentException(mode);
            }
        }
    }

    private static void record(RegistryService service, String project, String agent, Actor actor)
            throws Exception {
        service.recordDeployment(new DeploymentRequest(project, null, List.of(AgentVersion.parse(agent)),
                "development", actor, null, null, false, null));
    }
}
