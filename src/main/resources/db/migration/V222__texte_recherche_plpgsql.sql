-- nom_recherche (V185) is computed at each insert into teledossier, and PostgreSQL prepares a generated column's
-- expression again at every execution of the statement, prepared or not. A SQL function whose body is a RETURN is
-- inlined there: its body was read back and planned each time, 4 % of PostgreSQL's time in the ILE submission's
-- profile; an insert took 125 µs with it, 95 µs with the same expression in PL/pgSQL, whose compiled form each
-- connection keeps, and 85 µs without the column (docs/performance.md, quatorzième machine). Still folded into a
-- constant when the search is planned with its term (immutable).
-- The expression is V150's, with the capital ligature Ĳ that it left out (its small letter was mapped): the names
-- holding one are stored again, the others are unchanged.
CREATE OR REPLACE FUNCTION texte_recherche(texte TEXT) RETURNS TEXT
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
    RETURN lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        translate(regexp_replace(normalize(texte, NFD), '[\u0300-\u036f]', '', 'g'), 'ĐđŁłØøĦħŦŧı', 'DdLlOoHhTti'),
        'ß', 'ss'), 'ẞ', 'SS'), 'Æ', 'AE'), 'æ', 'ae'), 'Œ', 'OE'), 'œ', 'oe'), 'Þ', 'TH'), 'þ', 'th'), 'Ĳ', 'IJ'),
        'ĳ', 'ij'));
END;
$$;
UPDATE teledossier SET nom_usager = nom_usager WHERE nom_usager LIKE '%Ĳ%';
