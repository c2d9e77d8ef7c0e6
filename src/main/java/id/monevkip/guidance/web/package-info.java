/** Pages of the guidance module: publishing in the admin and coordinator areas, reading and downloading. */
@NullMarked
package id.monevkip.guidance.web;

import org.jspecify.annotations.NullMarked;
