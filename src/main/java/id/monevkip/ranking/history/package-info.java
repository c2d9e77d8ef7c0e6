/** Final results of earlier years, imported from CSV and marked as imported. */
@NullMarked
package id.monevkip.ranking.history;

import org.jspecify.annotations.NullMarked;
