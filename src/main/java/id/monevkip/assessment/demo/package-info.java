/** Demo data that spans the assessment steps: last year's cycle assessed from verification to the decree. */
@NullMarked
package id.monevkip.assessment.demo;

import org.jspecify.annotations.NullMarked;
