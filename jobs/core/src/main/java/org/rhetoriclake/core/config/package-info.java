/**
 * Typed job configuration with a written precedence: command line &gt; {@code conf/rhetoric.properties} &gt;
 * built-in defaults. Resolved once on the driver.
 */
package org.rhetoriclake.core.config;
