-- One person, however designated (liste.IdentificationElecteur): the candidates are read by normalised birth name
-- (the first part of the civil-status key) and birth date, in one commune's list or in all of them, then the given
-- names are compared in Java. Same for the mandataires of procurations designated by civil status ('EC:NOM|…'),
-- so that the L73 ceiling finds the same mandataire named by NNE in one procuration and by civil status in another.
CREATE INDEX electeur_par_nom_et_naissance ON electeur (split_part(cle_etat_civil, '|', 1), date_naissance);
CREATE INDEX procuration_par_nom_mandataire ON procuration (split_part(cle_mandataire, '|', 1),
    date_naissance_mandataire);
