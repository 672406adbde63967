-- Fonctions du banc (schéma temporaire de la session psql), partagées par donnees.sql et scenarios.sql.
-- Numbers and references the application accepts (check digit, alphabets without look-alikes), bijective in n:
-- n * a large prime modulo the alphabet's power spreads them like random draws, without collision.
CREATE FUNCTION pg_temp.numero(n bigint) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    alphabet CONSTANT text := '23456789ABCDEFGHJKMNPQRSTWXYZ';
    v bigint := ((n::numeric * 2147483647) % 500246412961)::bigint;  -- 29^8
    corps text := '';
    somme int := 0;
    r int;
BEGIN
    FOR i IN 0..7 LOOP
        r := v % 29;
        v := v / 29;
        corps := corps || substr(alphabet, r + 1, 1);
        somme := somme + (CASE WHEN i % 2 = 0 THEN 3 ELSE 1 END) * (r + 1);
    END LOOP;
    RETURN 'A-' || (somme % 10) || '-' || corps;
END $$;

CREATE FUNCTION pg_temp.reference(n bigint) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    alphabet CONSTANT text := 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
    v bigint := ((n::numeric * 2147483647) % 887503681)::bigint;  -- 31^6
    resultat text := '';
BEGIN
    FOR i IN 1..6 LOOP
        resultat := resultat || substr(alphabet, (v % 31)::int + 1, 1);
        v := v / 31;
    END LOOP;
    RETURN resultat;
END $$;
