/**
 * The SQL library: the trend queries analysts run, kept as plain SQL files in {@code sql/} so the same text runs
 * on Spark SQL and on the BI endpoint. This package reads them and fills in their parameters; it has no Spark
 * dependency, the {@code query} command runs them.
 */
package org.rhetoriclake.core.sql;
