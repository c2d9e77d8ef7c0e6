/**
 * The published results for everybody, without login: the years published, each year's ranking per category with
 * its band chart and search, and the same rows as open data (CSV and JSON). Nothing unpublished is reachable here.
 */
@NullMarked
package id.monevkip.ranking.open;

import org.jspecify.annotations.NullMarked;
