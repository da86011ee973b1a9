-- The published pages of a column subtree are counted and listed on every publish
-- (SitePages: state = PUBLISHED, column_id IN (...), ordered by published_at, id). With only
-- (site_id, state, published_at) MariaDB read every published row of the site to test its
-- column: at 100,000 articles one publish took 5.5 s (SaveToLiveBenchmarkTests). This index
-- answers the counts from the index alone and the list pages in order.
ALTER TABLE article ADD KEY idx_article_column_published (site_id, state, column_id, published_at, id);
