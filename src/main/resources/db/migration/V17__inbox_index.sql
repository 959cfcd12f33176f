-- Issue 17: a department head's inbox is a page of the requests waiting on their posts, oldest
-- first, in their municipality (the tenant column every query of a municipality carries). With the
-- municipality first and the order's columns after the post, the page is read from the index in
-- order and stops after 50 rows, however many requests are open (50 000 in the benchmark), instead
-- of intersecting the municipality's rows with the post's and sorting them. It replaces the index
-- on (current_position, created_at), which it covers.
create index ix_request_inbox on contact_request (municipality_id, current_position, created_at, id);
drop index ix_request_current;
