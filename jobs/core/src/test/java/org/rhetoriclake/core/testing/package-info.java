/** Test helpers shared by all modules through core's test jar. */
package org.rhetoriclake.core.testing;
