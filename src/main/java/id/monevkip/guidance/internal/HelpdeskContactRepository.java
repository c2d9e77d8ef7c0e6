package id.monevkip.guidance.internal;

public interface HelpdeskContactRepository extends GuidanceItemRepository<HelpdeskContact> {

}
