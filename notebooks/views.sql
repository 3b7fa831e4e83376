-- DuckDB views over the Parquet tables of `./dyad run --output out` (see docs/bi.md).
-- Run from the repository root:  duckdb dyad.duckdb < notebooks/views.sql
-- For another output directory, replace 'out/ with its path (the notebooks and tests do).

-- One view per table, named as the table.
CREATE OR REPLACE VIEW articles AS SELECT * FROM read_parquet('out/articles/*.parquet');
CREATE OR REPLACE VIEW rejects AS SELECT * FROM read_parquet('out/rejects/*.parquet');
CREATE OR REPLACE VIEW mentions AS SELECT * FROM read_parquet('out/mentions/*.parquet');
CREATE OR REPLACE VIEW actors AS SELECT * FROM read_parquet('out/actors/*.parquet');
CREATE OR REPLACE VIEW comention_edges AS SELECT * FROM read_parquet('out/comention_edges/*.parquet');
CREATE OR REPLACE VIEW actor_metrics AS SELECT * FROM read_parquet('out/actor_metrics/*.parquet');
CREATE OR REPLACE VIEW article_tone AS SELECT * FROM read_parquet('out/article_tone/*.parquet');
CREATE OR REPLACE VIEW sentence_sentiment AS SELECT * FROM read_parquet('out/sentence_sentiment/*.parquet');
CREATE OR REPLACE VIEW pair_sentiment AS SELECT * FROM read_parquet('out/pair_sentiment/*.parquet');
CREATE OR REPLACE VIEW events AS SELECT * FROM read_parquet('out/events/*.parquet');
CREATE OR REPLACE VIEW pair_events AS SELECT * FROM read_parquet('out/pair_events/*.parquet');
CREATE OR REPLACE VIEW topics AS SELECT * FROM read_parquet('out/topics/*.parquet');
CREATE OR REPLACE VIEW article_topics AS SELECT * FROM read_parquet('out/article_topics/*.parquet');
CREATE OR REPLACE VIEW pair_topics AS SELECT * FROM read_parquet('out/pair_topics/*.parquet');
CREATE OR REPLACE VIEW topic_trends AS SELECT * FROM read_parquet('out/topic_trends/*.parquet');
CREATE OR REPLACE VIEW topic_quality AS SELECT * FROM read_parquet('out/topic_quality/*.parquet');

-- Top pairs: state pairs named in the same article, ranked within each period (period 'all' is all
-- time), with names and how far above chance they co-occur.
CREATE OR REPLACE VIEW top_pairs AS
SELECT e.level, e.period, e.actor_a, a.name AS name_a, e.actor_b, b.name AS name_b,
       e.articles, e.paragraphs, e.sentences, e.npmi, e.example_articles,
       row_number() OVER (PARTITION BY e.level, e.period
                          ORDER BY e.articles DESC, e.paragraphs DESC, e.sentences DESC, e.actor_a, e.actor_b) AS rank
FROM comention_edges e
LEFT JOIN actors a ON a.actor_id = e.actor_a
LEFT JOIN actors b ON b.actor_id = e.actor_b
WHERE e.scope = 'article' AND NOT e.self_pair;

-- Sentiment timelines: how a source speaks of a target, period by period, with the 95% interval
-- (a line chart with a band: x = period, y = mean_score, band = ci_low..ci_high).
CREATE OR REPLACE VIEW sentiment_timeline AS
SELECT s.level, s.source_actor, a.name AS source_name, s.target_actor, b.name AS target_name,
       s.period, s.records, s.articles, s.mean_score, s.ci_low, s.ci_high,
       s.positive_share, s.neutral_share, s.negative_share, s.mean_cooperation
FROM pair_sentiment s
LEFT JOIN actors a ON a.actor_id = s.source_actor
LEFT JOIN actors b ON b.actor_id = s.target_actor
WHERE s.source_actor IS NOT NULL AND s.period <> 'all';

-- The undirected view of a pair: both directions' records pooled per period.
CREATE OR REPLACE VIEW pair_sentiment_undirected AS
SELECT level, least(source_actor, target_actor) AS actor_a, greatest(source_actor, target_actor) AS actor_b, period,
       sum(records) AS records, sum(mean_score * records) / sum(records) AS mean_score
FROM pair_sentiment
WHERE source_actor IS NOT NULL
GROUP BY ALL;

-- Drill-down: the sentences behind a directed pair, strongest first.
CREATE OR REPLACE VIEW sentiment_sentences AS
SELECT s.source_actor, s.target_actor, s.source_state, s.target_state, s.score, s.polarity, s.cue,
       s.cooperation, s.text, s.article_id, ar.title, ar.date, ar.url
FROM sentence_sentiment s
JOIN articles ar USING (article_id)
WHERE s.source_actor IS NOT NULL;

-- Topic trends: each topic's share of the corpus by period, with its label.
CREATE OR REPLACE VIEW topic_trends_labelled AS
SELECT tr.period, tr.topic_id, t.label, tr.share, tr.articles, tr.main_articles, t.npmi
FROM topic_trends tr
JOIN topics t USING (topic_id)
WHERE tr.period <> 'all';

-- What pairs are discussed about: each pair's three heaviest topics per period (articles naming both).
CREATE OR REPLACE VIEW pair_top_topics AS
SELECT p.level, p.period, p.actor_a, p.actor_b, p.rank, p.topic_id, t.label, p.weight, p.units
FROM pair_topics p
JOIN topics t USING (topic_id)
WHERE p.scope = 'article' AND p.rank <= 3;

-- Who is central: PageRank, betweenness and community per period in the article-scope network.
CREATE OR REPLACE VIEW central_actors AS
SELECT level, period, actor_id, name, pagerank, betweenness, degree, community, mentions, articles,
       row_number() OVER (PARTITION BY level, period ORDER BY pagerank DESC, actor_id) AS rank
FROM actor_metrics
WHERE scope = 'article' AND pagerank IS NOT NULL;
