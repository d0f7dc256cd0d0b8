/**
 * BI over SQL: a local Trino server that reads the warehouse's Delta tables ({@code bin/trino}).
 *
 * <p>{@link org.rhetoriclake.spark.bi.TrinoSetup} finds a Java 22+ runtime and renders the server's
 * configuration from {@code conf/trino/}; {@link org.rhetoriclake.spark.bi.TrinoServer} starts, waits for and
 * stops the server through its launcher; {@link org.rhetoriclake.spark.bi.TrinoCatalog} registers every table
 * of the warehouse as {@code delta.<database>.<table>} over JDBC. Spark stays the only writer: Trino reads
 * the same folders and sees each new commit at its next query.
 */
package org.rhetoriclake.spark.bi;
