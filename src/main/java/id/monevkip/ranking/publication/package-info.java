/**
 * Publishing a cycle's results: once commissioners publish, the public pages and open data show the decree in
 * force; until then nothing of the cycle is public.
 */
@NullMarked
package id.monevkip.ranking.publication;

import org.jspecify.annotations.NullMarked;
