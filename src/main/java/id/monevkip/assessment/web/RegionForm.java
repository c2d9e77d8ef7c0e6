package id.monevkip.assessment.web;

import org.jspecify.annotations.Nullable;

/** The assessor's home kabupaten/kota; empty clears it. */
record RegionForm(@Nullable String homeRegionCode) {

}
