package org.rhetoriclake.spark.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.testing.TestPaths;
import org.rhetoriclake.spark.session.SparkSessions;
import org.rhetoriclake.spark.testing.SampleLakehouse;

/**
 * The analysis notebooks of {@code notebooks/}, executed headless the way CI and an analyst do it: the job writes the
 * sample articles into a fresh lakehouse, then {@code bin/notebooks setup} and {@code bin/notebooks run} execute every
 * notebook on the Java kernel against it. Each executed copy must be free of errors and show a table with data rows
 * and a chart. A machine where Jupyter cannot be installed fails here (setup's exit code), it is not skipped: the
 * notebooks are part of what the project delivers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotebooksIT {
    /** The notebooks the README describes; any other notebook in the folder is run and checked as well. */
    private static final Set<String> DOCUMENTED = Set.of("rhetoric_trends_by_side.ipynb", "quote_explorer.ipynb",
            "actor_cooccurrence.ipynb");
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private Path root;
    private Path warehouse;

    @BeforeAll
    void writeTheSampleLakehouseAndSetUpJupyter() throws Exception {
        root = TestPaths.projectRoot();
        warehouse = tmp.resolve("warehouse");
        SparkSession spark = SparkSessions.create(SampleLakehouse.config(warehouse), "rhetoric-notebooks-it");
        try {
            // A copy of the sample lakehouse (written now if no test before wrote it): the kernels only read it.
            SampleLakehouse.copyTo(spark, warehouse);
        } finally {
            // The kernels are separate JVMs with their own Spark: this one's executors and caches go now.
            spark.stop();
            SparkSession.clearActiveSession();
            SparkSession.clearDefaultSession();
        }
        Result setup = notebooks(Map.of(), "setup");
        assertEquals(0, setup.exitCode, "bin/notebooks setup failed (Jupyter, fonts or jars could not be installed):\n"
                + setup.output);
        assertTrue(Files.isRegularFile(root.resolve(".tools/notebooks/jupyter/kernels/rhetoric-java/kernel.json")),
                "setup writes the kernelspec");
    }

    @Test
    void everyNotebookRunsWithoutErrorsAndShowsATableWithRowsAndAChart() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(root.resolve("notebooks"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList();
        }
        assertTrue(names.containsAll(DOCUMENTED), "the notebooks the README describes are there: " + names);
        for (String name : names) {
            assertTrue(noOutputs(JSON.readTree(root.resolve("notebooks").resolve(name).toFile())),
                    name + " is committed with its outputs cleared (bin/notebooks run writes executed copies elsewhere)");
        }

        Path out = tmp.resolve("executed");
        long started = System.nanoTime();
        Result run = notebooks(Map.of("RHETORIC_NOTEBOOK_OUT", out.toString()), "run");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.println("NotebooksIT: bin/notebooks run took " + seconds + " s for " + names.size() + " notebooks");
        assertEquals(0, run.exitCode, "bin/notebooks run failed:\n" + run.output);

        for (String name : names) {
            Path executed = out.resolve(name);
            assertTrue(Files.isRegularFile(executed), "executed copy of " + name + " at " + executed);
            JsonNode nb = JSON.readTree(executed.toFile());
            assertEquals("rhetoric-java", nb.path("metadata").path("kernelspec").path("name").asText(), name);
            int tablesWithRows = 0;
            int charts = 0;
            for (JsonNode cell : nb.path("cells")) {
                if (!"code".equals(cell.path("cell_type").asText())) {
                    continue;
                }
                assertFalse(cell.path("execution_count").isNull(), name + ": every code cell ran: " + text(cell.path("source")));
                for (JsonNode output : cell.path("outputs")) {
                    assertNotEquals("error", output.path("output_type").asText(),
                            name + ": " + output.path("ename").asText() + ": " + output.path("evalue").asText());
                    String html = text(output.path("data").path("text/html"));
                    if (html.contains("<table") && html.contains("<td>")) {
                        tablesWithRows++;
                    }
                    String png = text(output.path("data").path("image/png"));
                    if (!png.isEmpty()) {
                        byte[] bytes = Base64.getMimeDecoder().decode(png);
                        assertTrue(bytes.length > PNG_MAGIC.length
                                && java.util.Arrays.equals(PNG_MAGIC, java.util.Arrays.copyOf(bytes, PNG_MAGIC.length)),
                                name + ": image/png output is a PNG");
                        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                        assertNotNull(image, name + ": the PNG decodes");
                        assertTrue(image.getWidth() >= 400 && image.getHeight() >= 300, name + ": chart size "
                                + image.getWidth() + "x" + image.getHeight());
                        charts++;
                    }
                }
            }
            assertTrue(tablesWithRows >= 1, name + " shows at least one table with data rows from the sample lakehouse");
            assertTrue(charts >= 1, name + " shows at least one chart");
        }
    }

    @Test
    void aFailingCellFailsTheRunAndItsCompilerMessageIsPrinted() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("broken"));
        Path broken = dir.resolve("broken.ipynb");
        Files.writeString(broken, """
                {"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
                            "source": ["int answer = \\"forty-two\\";"]}],
                 "metadata": {"kernelspec": {"name": "rhetoric-java", "display_name": "Java 17 (Rhetoric Lake)", "language": "java"}},
                 "nbformat": 4, "nbformat_minor": 4}
                """, StandardCharsets.UTF_8);
        Result run = notebooks(Map.of("RHETORIC_NOTEBOOK_OUT", dir.resolve("out").toString()), "run", broken.toString());
        assertEquals(1, run.exitCode, run.output);
        assertTrue(run.output.contains("incompatible types"), "the Java compiler's message is printed:\n" + run.output);
        assertTrue(run.output.contains("no PNG chart") && run.output.contains("no HTML table"),
                "a notebook without a table and a chart fails:\n" + run.output);
    }

    /** True when no code cell of a notebook carries outputs or an execution count. */
    private static boolean noOutputs(JsonNode nb) {
        for (JsonNode cell : nb.path("cells")) {
            if ("code".equals(cell.path("cell_type").asText())
                    && (cell.path("outputs").size() > 0 || !cell.path("execution_count").isNull())) {
                return false;
            }
        }
        return true;
    }

    /** Notebook text fields are a string or a list of lines. */
    private static String text(JsonNode node) {
        if (node.isArray()) {
            StringBuilder b = new StringBuilder();
            node.forEach(n -> b.append(n.asText()));
            return b.toString();
        }
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }

    private record Result(int exitCode, String output) {
    }

    /**
     * Runs bin/notebooks with the sample lakehouse, echoing its output as it comes (the build log shows progress) and
     * keeping it for the assertion messages. The kernels get a 2 GB heap: the sample is six articles, and this JVM
     * still holds the CoreNLP pipeline.
     */
    private Result notebooks(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("bin/notebooks").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().put("RHETORIC_WAREHOUSE", warehouse.toString());
        pb.environment().put("RHETORIC_MASTER", "local[2]");
        pb.environment().put("RHETORIC_NOTEBOOK_HEAP", "2g");
        pb.environment().putAll(env);
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println("[notebooks] " + line);
                lines.add(line);
            }
        }
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("bin/notebooks " + String.join(" ", args) + " did not exit after closing its output");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException(e);
        }
        return new Result(p.exitValue(), lines.stream().collect(Collectors.joining("\n")));
    }
}
