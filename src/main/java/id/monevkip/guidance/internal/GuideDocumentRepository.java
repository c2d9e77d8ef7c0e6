package id.monevkip.guidance.internal;

public interface GuideDocumentRepository extends GuidanceItemRepository<GuideDocument> {

	boolean existsBySha256(String sha256);

}
