/**
 * The administrator's cycle pages: list, form, calendar, participants and extensions; internal to the cycle module.
 */
@NullMarked
package id.monevkip.cycle.web;

import org.jspecify.annotations.NullMarked;
