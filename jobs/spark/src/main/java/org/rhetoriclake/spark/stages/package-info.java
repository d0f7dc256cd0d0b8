/**
 * Spark stages: thin {@code Dataset → Dataset} adapters over the pure logic in core and the CoreNLP adapter
 * in nlp. Each stage turns every input row into exactly one output row (a value, a skip or a rejection), so
 * the run can reconcile what it read with what it wrote.
 */
package org.rhetoriclake.spark.stages;
