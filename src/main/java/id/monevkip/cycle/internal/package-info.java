/**
 * Participants and extensions of a cycle as stored, and the demo cycles; internal to the cycle module.
 */
@NullMarked
package id.monevkip.cycle.internal;

import org.jspecify.annotations.NullMarked;
