/** Build-time versions of the job, CoreNLP, Spark and Delta, read from a Maven-filtered resource. */
package org.rhetoriclake.core.version;
