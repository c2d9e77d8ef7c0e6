package id.monevkip.guidance.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** @param publishAt when it becomes visible; {@code null} means now */
public record AnnouncementDraft(String title, String text, boolean pinned, @Nullable Instant publishAt) {

}
