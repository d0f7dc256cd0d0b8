/**
 * What a long run tells the console while it works: how far each phase is (files and bytes read, articles
 * annotated), how fast it goes and when it should end. Pure arithmetic and text; the Spark side
 * ({@code org.rhetoriclake.spark.job.RunProgress}) only feeds it counts.
 */
package org.rhetoriclake.core.progress;
