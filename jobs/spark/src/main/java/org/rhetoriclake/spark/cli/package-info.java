/** The {@code bin/rhetoric} command line (picocli): {@code run}, {@code export}; a stable interface. */
package org.rhetoriclake.spark.cli;
