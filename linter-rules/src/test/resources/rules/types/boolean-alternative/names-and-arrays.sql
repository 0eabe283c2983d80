CREATE TABLE t_article (
    has_comments boolean NOT NULL DEFAULT false, -- expect: types/boolean-alternative public.t_article.has_comments "such as comments_at"
    "Published" bool NOT NULL DEFAULT false, -- expect: types/boolean-alternative public.t_article.Published "Published_at"
    answers boolean[]
);
