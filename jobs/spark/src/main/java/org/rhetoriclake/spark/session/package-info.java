/** The one way every entry point builds its SparkSession, so the CLI, tests and notebooks behave alike. */
package org.rhetoriclake.spark.session;
