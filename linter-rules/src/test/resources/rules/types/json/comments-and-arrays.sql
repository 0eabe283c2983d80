CREATE SCHEMA link;
CREATE TABLE link."T_Relay" (
    payload json, -- expect: types/json link.T_Relay.payload "payload is json"
    headers jsonb[], -- expect: types/json link.T_Relay.headers "jsonb[]"
    body jsonb,
    note jsonb, -- expect: types/json link.T_Relay.note
    path jsonpath
);
COMMENT ON COLUMN link."T_Relay".body IS 'JSON Schema: relay-body.json';
COMMENT ON COLUMN link."T_Relay".note IS '';
