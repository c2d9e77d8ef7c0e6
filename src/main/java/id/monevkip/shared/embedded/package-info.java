/**
 * The embedded PostgreSQL installation's housekeeping: one running instance per data directory, recovery from a
 * server left running or a lock file left behind by a crash, and backup and restore of the whole data directory.
 */
@NullMarked
package id.monevkip.shared.embedded;

import org.jspecify.annotations.NullMarked;
