package id.monevkip.guidance.internal;

public interface AnnouncementRepository extends GuidanceItemRepository<Announcement> {

}
