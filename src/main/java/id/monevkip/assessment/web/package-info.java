/** Pages of the assessment module: admin assignment and conflict pages, the assessor's home and declarations. */
@NullMarked
package id.monevkip.assessment.web;

import org.jspecify.annotations.NullMarked;
