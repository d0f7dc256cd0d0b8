package org.rhetoriclake.spark.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {

    @Test
    void theJobsTuningDefaultsOnAnEmptyLocalConf() {
        assertEquals(Map.of("spark.ui.enabled", "false", "spark.ui.showConsoleProgress", "false",
                        "spark.sql.shuffle.partitions", "8", "spark.databricks.delta.snapshotPartitions", "2"),
                SparkSessions.defaultsNotSetIn(new SparkConf(false), "local[2]"));
    }

    /** spark-submit --conf spark.sql.shuffle.partitions=200 --conf spark.ui.enabled=true is what the cluster gets. */
    @Test
    void settingsGivenToSparkSubmitAreNotOverridden() {
        SparkConf submitted = new SparkConf(false).set("spark.sql.shuffle.partitions", "200").set("spark.ui.enabled", "true");
        Map<String, String> defaults = SparkSessions.defaultsNotSetIn(submitted, "spark://10.0.0.1:7077");
        assertEquals(Map.of("spark.ui.showConsoleProgress", "false"), defaults);
    }

    @Test
    void deltaSnapshotPartitionsStayAtDeltasDefaultOnACluster() {
        assertFalse(SparkSessions.defaultsNotSetIn(new SparkConf(false), "yarn")
                .containsKey("spark.databricks.delta.snapshotPartitions"));
    }
}
