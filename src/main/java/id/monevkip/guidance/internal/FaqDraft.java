package id.monevkip.guidance.internal;

public record FaqDraft(String question, String answer, int sortOrder) {

}
