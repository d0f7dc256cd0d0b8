/**
 * Tests of what a cluster runs: the job jar and the models jar under spark-submit on a Spark standalone cluster
 * started from the Spark jars ({@link org.rhetoriclake.submit.StandaloneCluster}), and the example spark-submit
 * settings in {@code conf/spark-submit/}.
 */
package org.rhetoriclake.submit;
