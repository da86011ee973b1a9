-- GET /internal/published walks every published item of every site in id order (search's
-- full reindex). (state, id) answers each page as a range scan from the cursor instead of
-- reading the primary key and testing every row's state.
ALTER TABLE article ADD KEY idx_article_state_id (state, id);
