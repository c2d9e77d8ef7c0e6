package id.monevkip.assessment.web;

import org.jspecify.annotations.Nullable;

/** An admin sets where an assessor or juror lives; an empty region clears it. */
record AdminRegionForm(@Nullable Long personId, @Nullable String homeRegionCode) {
}
