package org.openderm.eczema;

/**
 * The severity band a score falls in, and the band set that defines it.
 *
 * @param name the band's key, such as {@code moderate} (translated by the UI)
 * @param bandSet the band set's name, such as {@code ETFAD-Kunz-1997}
 */
public record ScoreBand(String name, String bandSet) {}
