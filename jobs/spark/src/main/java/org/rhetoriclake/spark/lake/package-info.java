/**
 * The lakehouse: documented table definitions ({@link org.rhetoriclake.spark.lake.Tables}), the Delta tables
 * on disk and their catalog names ({@link org.rhetoriclake.spark.lake.Lakehouse}), the conversions between
 * core records and Spark rows ({@link org.rhetoriclake.spark.lake.RowCodec}), and the schema document.
 */
package org.rhetoriclake.spark.lake;
