package id.monevkip.guidance.internal;

public interface FaqEntryRepository extends GuidanceItemRepository<FaqEntry> {

}
