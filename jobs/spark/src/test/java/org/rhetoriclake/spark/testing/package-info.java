/** Fixtures the Spark integration tests share within one test JVM. */
package org.rhetoriclake.spark.testing;
