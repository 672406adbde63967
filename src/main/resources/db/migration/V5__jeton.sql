-- Single-use, expiring links sent by e-mail (confirm an address, reset or set a password).
-- Only the SHA-256 of the token is stored: a leaked table opens no account.

CREATE TABLE jeton (
    empreinte  CHAR(64)    PRIMARY KEY,
    compte_id  UUID        NOT NULL REFERENCES compte (id) ON DELETE CASCADE,
    objet      VARCHAR(30) NOT NULL,
    donnee     TEXT,
    expire_le  TIMESTAMP WITH TIME ZONE NOT NULL,
    utilise_le TIMESTAMP WITH TIME ZONE,
    cree_le    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX jeton_par_compte ON jeton (compte_id, objet);
