/**
 * Benchmarks that need the analysis models (CoreNLP through {@link org.rhetoriclake.spark.stages.SharedModels}),
 * so they cannot live in core's {@code bench} package: figures a human reads, printed by
 * {@code bin/rhetoric bench …}, never timed tests. The pure parts (which text, how the rounds are summarised)
 * are in {@link org.rhetoriclake.core.bench}.
 */
package org.rhetoriclake.spark.bench;
