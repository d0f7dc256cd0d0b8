package org.rhetoriclake.spark.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bin/rhetoric}: the job's command line. Subcommands are a stable interface that scheduled jobs and
 * later tools call; add new ones, do not change the meaning of existing ones.
 * Exit codes: 0 success, 1 the run failed, 2 usage error (bad flags, missing input path).
 */
@Command(name = "rhetoric", mixinStandardHelpOptions = true,
        versionProvider = RhetoricCli.Version.class,
        description = "Rhetoric Lake: Chinese news → Delta tables of articles, entities and quotes.",
        subcommands = {RunCommand.class, ExportCommand.class, QueryCommand.class, MaintainCommand.class, EvalCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class RhetoricCli {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of main). */
    public static int execute(String... args) {
        // Never the platform default: output is UTF-8 whatever the locale of the machine.
        PrintWriter out = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.err), true,
                StandardCharsets.UTF_8), true);
        return execute(out, err, args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new RhetoricCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                err.println("rhetoric: " + e.getMessage());
                return 2;
            }
            err.println("rhetoric: failed: " + e);
            e.printStackTrace(err);
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Prints the job and engine versions. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "rhetoric-lake " + org.rhetoriclake.core.version.Versions.job(),
                "spark " + org.rhetoriclake.core.version.Versions.spark()
                        + ", delta " + org.rhetoriclake.core.version.Versions.delta()
                        + ", corenlp " + org.rhetoriclake.core.version.Versions.coreNlp()};
        }
    }
}
