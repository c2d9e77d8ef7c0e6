/**
 * The self-assessment questionnaire (SAQ): instruments per cycle and category, their indicators, questions
 * and options, import and export, and the one scoring engine (sub-package {@code scoring}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "cycle", "directory" })
package id.monevkip.questionnaire;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
