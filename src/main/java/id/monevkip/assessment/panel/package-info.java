/**
 * Panel scoring of the presentation and visitasi stages: the rubric of each stage, every judge's own score sheet
 * (hidden from the other judges until it is submitted), the stage score recorded in the score ledger, the
 * divergence flag and the judges' leniency overview.
 */
@NullMarked
package id.monevkip.assessment.panel;

import org.jspecify.annotations.NullMarked;
