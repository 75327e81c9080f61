import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The process's CPU time over a stretch of a benchmark, for the run-phase CPU figures. The JVM's
 * process CPU time counts clock ticks of 10 ms on Linux, an eighth of CUBA's 1 s run, too coarse
 * to compare with Brian2's std::clock(); each live thread's /proc/self/task/N/schedstat counts
 * nanoseconds but loses a thread that ends in between (a run's worker threads do). So both are
 * read: the nanosecond sum when it agrees with the ticks to within their resolution, the ticks
 * when threads have taken their time with them.
 */
record ProcessCpu(long ticksNanos, long threadNanos) {
    private static final long TICK_RESOLUTION = 20_000_000;

    /** Both clocks now. */
    static ProcessCpu now() {
        long ticks = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new ProcessCpu(ticks, -1);
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            return new ProcessCpu(ticks, threads.mapToLong(ProcessCpu::threadNanos).sum());
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + tasks, e);
        }
    }

    /** The CPU time since {@code start}, in seconds. */
    static double secondsSince(ProcessCpu start) {
        ProcessCpu end = now();
        long ticks = end.ticksNanos - start.ticksNanos;
        long threads = end.threadNanos - start.threadNanos;
        boolean threadsAgree = start.threadNanos >= 0 && end.threadNanos >= 0 && ticks - threads <= TICK_RESOLUTION;
        return (threadsAgree ? threads : ticks) * 1e-9;
    }

    /** A thread's time on a CPU, or 0 if it ended while the threads were listed. */
    private static long threadNanos(Path task) {
        try {
            String line = Files.readString(task.resolve("schedstat"));
            return Long.parseLong(line.substring(0, line.indexOf(' ')));
        } catch (IOException ended) {
            return 0;
        }
    }
}
