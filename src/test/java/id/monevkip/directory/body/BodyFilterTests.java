package id.monevkip.directory.body;

import id.monevkip.directory.PpidType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyFilterTests {

	@Test
	void showsActiveBodiesUnlessToldOtherwise() {
		assertThat(new BodyFilter(null, null, null, null, null, null).status()).isEqualTo(BodyFilter.Status.ACTIVE);
	}

	@Test
	void urlKeepsOnlyTheFiltersInUseEncoded() {
		var filter = new BodyFilter("dinas & desa", 7L, "64.02", PpidType.DESA, null, BodyFilter.Status.ALL);

		assertThat(filter.url("/admin/bodies", 25))
			.isEqualTo("/admin/bodies?q=dinas%20%26%20desa&categoryId=7&regionCode=64.02&ppidType=DESA&status=ALL");
	}

	@Test
	void urlCarriesANonDefaultPageSize() {
		assertThat(new BodyFilter(null, null, null, null, null, null).url("/bodies", 50)).isEqualTo("/bodies?size=50");
	}

	@Test
	void pageSizeIsBounded() {
		assertThat(BodyService.pageSize(10_000)).isEqualTo(BodyService.MAX_PAGE_SIZE);
		assertThat(BodyService.pageSize(0)).isEqualTo(BodyService.DEFAULT_PAGE_SIZE);
		assertThat(BodyService.pageSize(10)).isEqualTo(10);
	}

}
