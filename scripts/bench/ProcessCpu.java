import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The process's CPU time in nanoseconds, for the benchmarks' run-phase CPU figures. On Linux it sums
 * each thread's time on a CPU from /proc/self/task/N/schedstat (nanoseconds), because the JVM's
 * process CPU time counts clock ticks of 10 ms there: an eighth of CUBA's 1 s run, too coarse to
 * compare with Brian2's std::clock(). A thread that ends between two readings takes its time out
 * of the sum; the JVM's compiler and collector threads live as long as these benchmarks' processes.
 * Elsewhere it is the JVM's figure.
 */
final class ProcessCpu {
    private ProcessCpu() {
    }

    static long nanos() {
        Path tasks = Path.of("/proc/self/task");
        if (Files.isDirectory(tasks)) {
            try (Stream<Path> threads = Files.list(tasks)) {
                return threads.mapToLong(ProcessCpu::threadNanos).sum();
            } catch (IOException e) {
                throw new IllegalStateException("cannot list " + tasks, e);
            }
        }
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
