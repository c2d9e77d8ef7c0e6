/** Entities, repositories and rules of submissions; only the submission module uses them. */
@NullMarked
package id.monevkip.submission.internal;

import org.jspecify.annotations.NullMarked;
