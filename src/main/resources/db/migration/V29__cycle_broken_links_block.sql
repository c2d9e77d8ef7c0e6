-- Whether a link that could not be opened blocks sending the SAQ. Off by default: a body whose government website
-- is down sends anyway, the link marked unreachable in what it sent; a commission may make it blocking.
alter table cycle add column broken_links_block boolean not null default false;
