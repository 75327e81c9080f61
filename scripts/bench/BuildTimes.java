// Build time of every built-in model: checks (units, names, method choice), code generation and
// compilation, as the build report records them (the equations are parsed once, when the model is
// made), plus the wall time of the whole
// build. Each model is built in the same JVM in turn (the first also pays for loading Janino and
// a cold JIT), then built again (unchanged models come from the kernel cache).
//
// Run: scripts/bench/build_times.sh   (compiles Synfire and this file, then runs it)
import java.util.Locale;
import java.util.Map;
import org.synfire.build.BuildReport;
import org.synfire.sim.Simulation;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.library.Library;

public final class BuildTimes {
    public static void main(String[] args) {
        Map<String, NeuronModel> models = Library.neuronModels();
        System.out.println("model                     method              check_ms codegen_ms compile_ms  build_ms  rebuild_ms");
        for (Map.Entry<String, NeuronModel> entry : models.entrySet()) {
            BuildReport first = build(entry.getValue());
            BuildReport again = build(entry.getValue());
            BuildReport.GroupReport g = first.groups().get(0);
            System.out.printf(Locale.ROOT, "%-25s %-19s %8.2f %10.2f %10.1f %9.1f %11.2f%n", entry.getKey(), g.method(),
                g.checkMillis(), g.codegenMillis(), g.compileMillis(), first.totalMillis(), again.totalMillis());
        }
        System.out.println("Each model's first build in this JVM (the first row also pays for loading the compiler and a cold JIT);");
        System.out.println("rebuild_ms: the same model built again, its kernel taken from the cache.");
    }

    private static BuildReport build(NeuronModel model) {
        Network net = Network.create();
        net.group("g", 100, model);
        Simulation sim = Simulation.build(net);
        return sim.report();
    }
}
