/**
 * Panel sessions of a cycle (presentation, visitasi, audiensi): when and where, who attended, the minutes and the
 * photos. Admins schedule them; the people assigned to the body read them and complete them once held.
 */
@NullMarked
package id.monevkip.assessment.session;

import org.jspecify.annotations.NullMarked;
