/**
 * Benchmarks that print figures (never timed tests): how fast the pure-Java stages run on one core, measured
 * on real inputs after JIT warm-up, so a regression shows up as a number a human reads.
 */
package org.rhetoriclake.core.bench;
