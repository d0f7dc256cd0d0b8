/** The main job: stage order, skip and reject accounting, write order, and the run summary. */
package org.rhetoriclake.spark.job;
