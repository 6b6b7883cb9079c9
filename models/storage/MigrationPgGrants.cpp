#include "Dialect.h"

#include <QStringList>

namespace homeward {

// What the desks may do on a shared database. The migrations run as the database's owner;
// the desks sign in as their own roles, members of the group role homeward_desk (README,
// "A shared database"), which owns nothing, so it can neither change the schema nor switch a
// rule's trigger off. It may read every table and write the others (any table a later schema adds among them); the append-only
// records (audit trail, batch status history, registry import log) it may only add to, so
// even a desk's role used outside Homeward cannot rewrite them. TRUNCATE, REFERENCES and
// TRIGGER are never granted. The identity columns' sequences need no grant: INSERT on the
// table is enough.
//
// Run after every migration, so a table a later schema adds is covered; GRANT and REVOKE
// repeat harmlessly. Written for the schema in use (current_schema()), so tests that keep each
// case in its own schema get the same rights. A missing group role stops the migration with
// a message saying what to create.
QStringList postgresGrantStatements()
{
    return {
        QStringLiteral(R"(DO $$
DECLARE
    s text := quote_ident(current_schema());
    t text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'homeward_desk') THEN
        RAISE EXCEPTION 'The group role homeward_desk does not exist on this server. The administrator creates it '
                        '(CREATE ROLE homeward_desk NOLOGIN) and makes each desk''s login role a member of it; '
                        'see "A shared database" in README.'
            USING ERRCODE = 'HW002';
    END IF;
    EXECUTE 'REVOKE ALL ON ALL TABLES IN SCHEMA ' || s || ' FROM PUBLIC, homeward_desk';
    EXECUTE 'GRANT USAGE ON SCHEMA ' || s || ' TO homeward_desk';
    FOR t IN SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() LOOP
        EXECUTE 'GRANT ' || CASE
            WHEN t = 'schema_version' THEN 'SELECT'
            WHEN t IN ('audit_log', 'batch_transition', 'registry_import') THEN 'SELECT, INSERT'
            ELSE 'SELECT, INSERT, UPDATE, DELETE' END
            || ' ON ' || s || '.' || quote_ident(t) || ' TO homeward_desk';
    END LOOP;
END
$$)"),
    };
}

} // namespace homeward
