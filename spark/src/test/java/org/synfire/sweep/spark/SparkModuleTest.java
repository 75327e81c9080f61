package org.synfire.sweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;
import org.synfire.sweep.ExecutorProvider;

/** What the synfire command reads from this module before it starts Spark, and how the module is found. */
class SparkModuleTest {
    @Test
    void theJvmOptionsAreThoseOfTheSparkItIsBuiltFor() throws Exception {
        Properties about = new Properties();
        try (InputStream in = SparkModuleTest.class.getResourceAsStream("synfire-spark.properties")) {
            about.load(in);
        }
        assertEquals(JavaModuleOptions.defaultModuleOptions(), about.getProperty("jvm.options"));
        assertEquals(org.apache.spark.package$.MODULE$.SPARK_VERSION(), about.getProperty("spark.version"));
    }

    @Test
    void theProviderTakesSparkMastersAndLeavesTheLocalExecutorAlone() {
        for (String master : List.of("local[2]", "local[*]", "spark://127.0.0.1:7077", "spark", "yarn", "k8s://https://api:6443")) {
            assertTrue(ExecutorProvider.find(master).isPresent(), master);
        }
        assertFalse(ExecutorProvider.find("local").isPresent(), "plain local is the thread pool's");
        assertFalse(ExecutorProvider.find("mesos://h:5050").isPresent());
        String described = ExecutorProvider.find("local[2]").orElseThrow().executor("local[2]", Map.of("spark.task.cpus", "2"), List.of())
            .description();
        assertEquals("spark: local[2], one task per point, 2 threads each", described);
    }
}
