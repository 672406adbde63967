-- "Rechercher" finds a name whatever its accents and case: "lea" finds Léa, "durdevic" Đurđević, "wasowski"
-- Wąsowski. No extension for it (unaccent's rules differ between installations and its function cannot be
-- indexed as it is): core PostgreSQL only, so that any database owned by the application's role gets it.
-- normalize(NFD) splits a letter from its accents (é → e + U+0301), the combining marks are removed; letters with a
-- stroke have no decomposition (Đ, Ł, Ø, Ħ, Ŧ, ı) and ligatures stay whole (ß, Æ, Œ, Þ): mapped explicitly, both
-- cases, before lower() so that a database with the C character type still folds what remains (ASCII).
-- IMMUTABLE so that the trigram index below can be built on it; the working list applies it to the search term too.
CREATE FUNCTION texte_recherche(texte TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        translate(regexp_replace(normalize(texte, NFD), '[\u0300-\u036f]', '', 'g'), 'ĐđŁłØøĦħŦŧı', 'DdLlOoHhTti'),
        'ß', 'ss'), 'ẞ', 'SS'), 'Æ', 'AE'), 'æ', 'ae'), 'Œ', 'OE'), 'œ', 'oe'), 'Þ', 'TH'), 'þ', 'th'), 'ĳ', 'ij'));

DROP INDEX teledossier_recherche_nom;
CREATE INDEX teledossier_recherche_nom ON teledossier USING gin (commune_insee, texte_recherche(nom_usager) gin_trgm_ops);
