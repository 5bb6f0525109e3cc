-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1 of the Tacitus event store (docs/STORE.md).

CREATE TABLE schema_version (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
);

CREATE TABLE articles (
    article_id     VARCHAR PRIMARY KEY,
    text_sha256    VARCHAR NOT NULL UNIQUE,
    published      DATE,
    title          VARCHAR,
    url            VARCHAR,
    outlet         VARCHAR,
    sentence_count INTEGER NOT NULL,
    mention_count  INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    stored_at      TIMESTAMP NOT NULL
);

CREATE TABLE sentences (
    article_id VARCHAR NOT NULL,
    sentence   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    PRIMARY KEY (article_id, sentence)
);

CREATE TABLE events (
    event_id       BIGINT PRIMARY KEY,
    dedup_key      VARCHAR NOT NULL,
    merge_rule     VARCHAR NOT NULL,
    undirected     BOOLEAN NOT NULL,
    source_code    VARCHAR NOT NULL,
    source_country VARCHAR,
    source_role    VARCHAR,
    source_name    VARCHAR,
    target_code    VARCHAR,
    target_country VARCHAR,
    target_role    VARCHAR,
    target_name    VARCHAR,
    cameo          VARCHAR NOT NULL,
    cameo_name     VARCHAR NOT NULL,
    root           VARCHAR NOT NULL,
    goldstein      DOUBLE NOT NULL,
    quad_class     TINYINT NOT NULL,
    plover         VARCHAR,
    event_date     VARCHAR,
    date_precision VARCHAR,
    date_start     DATE,
    date_end       DATE,
    date_source    VARCHAR,
    place_name     VARCHAR,
    place_country  VARCHAR,
    lat            DOUBLE,
    lon            DOUBLE,
    mentions       INTEGER NOT NULL,
    articles       INTEGER NOT NULL,
    outlets        INTEGER NOT NULL,
    first_seen     TIMESTAMP NOT NULL,
    last_seen      TIMESTAMP NOT NULL
);

CREATE INDEX events_dedup_key ON events (dedup_key);

CREATE TABLE mentions (
    mention_id      BIGINT PRIMARY KEY,
    event_id        BIGINT NOT NULL,
    article_id      VARCHAR NOT NULL,
    outlet_key      VARCHAR NOT NULL,
    sentence        INTEGER NOT NULL,
    coder_event_id  VARCHAR NOT NULL,
    source_code     VARCHAR NOT NULL,
    source_name     VARCHAR,
    source_entity   VARCHAR NOT NULL,
    source_text     VARCHAR NOT NULL,
    target_code     VARCHAR,
    target_name     VARCHAR,
    target_entity   VARCHAR,
    target_text     VARCHAR,
    cameo           VARCHAR NOT NULL,
    cameo_name      VARCHAR NOT NULL,
    goldstein       DOUBLE NOT NULL,
    quad_class      TINYINT NOT NULL,
    plover          VARCHAR,
    event_date      VARCHAR,
    date_source     VARCHAR,
    place_name      VARCHAR,
    place_country   VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    place_text      VARCHAR,
    trigger         VARCHAR NOT NULL,
    rule            VARCHAR NOT NULL,
    lexicon_version VARCHAR,
    actors_version  VARCHAR
);

CREATE INDEX mentions_event ON mentions (event_id);
