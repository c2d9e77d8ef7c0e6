/**
 * Certificates (piagam) and report cards (rapor) of a decree's results as PDF, the public verification of a
 * certificate code, and the public page of one body's published result with its trend over the years.
 */
@NullMarked
package id.monevkip.ranking.certificates;

import org.jspecify.annotations.NullMarked;
