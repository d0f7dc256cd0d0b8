/**
 * The CoreNLP Chinese adapter: core's {@link org.rhetoriclake.core.entities.EntityTagger} implemented with
 * Stanford CoreNLP, kept in its own module so the model jars (1.6 GB) and their heap never reach code that does
 * not tag entities.
 *
 * <p>{@link org.rhetoriclake.nlp.ChineseEntityTagger} tags one paragraph per call with the settings in
 * {@code conf/corenlp-chinese.properties} (a copy is bundled as the default);
 * {@link org.rhetoriclake.nlp.CoreNlpPipelines} makes sure each JVM builds the expensive pipeline once, however
 * many Spark tasks ask for it at the same time.
 */
package org.rhetoriclake.nlp;
